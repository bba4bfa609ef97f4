import { useState } from 'react';
import { Badge } from '../../components/Badge.tsx';
import { Button } from '../../components/Button.tsx';
import { Table } from '../../components/Table.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import type { ApiToken } from '../../../shared/schemas/auth.ts';

interface TokenTableProps {
  tokens: ApiToken[];
  pending: boolean;
  organisationName(id: string): string;
  onRevoke(token: ApiToken): void;
}

function statusOf(token: ApiToken, now: number): 'revoked' | 'expired' | 'active' {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && new Date(token.expiresAt).getTime() <= now) return 'expired';
  return 'active';
}

export function TokenTable({ tokens, pending, organisationName, onRevoke }: TokenTableProps) {
  const { t, format } = useI18n();
  const [now] = useState(() => Date.now());
  return (
    <Table
      caption={t('tokens.caption', { total: tokens.length })}
      rows={tokens}
      rowKey={(token) => token.id}
      empty={t('tokens.empty')}
      columns={[
        {
          key: 'name',
          header: t('tokens.field.name'),
          rowHeader: true,
          cell: (token) => (
            <>
              {token.name}
              <span className="cell-sub cell-mono">{token.prefix}…</span>
            </>
          ),
        },
        {
          key: 'organisation',
          header: t('tokens.field.organisation'),
          cell: (token) => organisationName(token.organisationId),
        },
        {
          key: 'created',
          header: t('tokens.field.created'),
          cell: (token) => format.date(token.createdAt),
        },
        {
          key: 'used',
          header: t('tokens.field.lastUsed'),
          cell: (token) =>
            token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('tokens.neverUsed'),
        },
        {
          key: 'expires',
          header: t('tokens.field.expires'),
          cell: (token) => (token.expiresAt ? format.date(token.expiresAt) : t('tokens.noExpiry')),
        },
        {
          key: 'status',
          header: t('tokens.field.status'),
          cell: (token) => {
            const status = statusOf(token, now);
            return (
              <Badge tone={status === 'active' ? 'success' : 'muted'}>
                {t(`tokens.status.${status}`)}
              </Badge>
            );
          },
        },
        {
          key: 'actions',
          header: t('list.actions'),
          className: 'cell-actions',
          cell: (token) =>
            statusOf(token, now) === 'active' ? (
              <Button
                size="small"
                variant="danger"
                disabled={pending}
                onClick={() => onRevoke(token)}
              >
                {t('tokens.revoke')}
                <span className="visually-hidden"> {token.name}</span>
              </Button>
            ) : null,
        },
      ]}
    />
  );
}
