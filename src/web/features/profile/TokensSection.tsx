import { useId, useState } from 'react';
import { Alert } from '../../components/Alert.tsx';
import { CopyButton } from '../../components/CopyButton.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { useAction } from '../../lib/action.ts';
import { api } from '../../lib/api.ts';
import { useT } from '../../lib/i18n.tsx';
import { useApiQuery } from '../../lib/query.ts';
import { useRequiredSession } from '../../lib/session.tsx';
import type { ApiToken } from '../../../shared/schemas/auth.ts';
import { TokenForm } from './TokenForm.tsx';
import { TokenTable } from './TokenTable.tsx';

/** Personal API tokens: created for the current organisation, shown once, revocable. */
export function TokensSection() {
  const t = useT();
  const session = useRequiredSession();
  const headingId = useId();
  const query = useApiQuery<{ items: ApiToken[] }>('/api/me/tokens');
  const [created, setCreated] = useState<{ token: string; info: ApiToken } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const action = useAction();
  const organisationNames = new Map(
    session.organisations.map((organisation) => [organisation.id, organisation.name]),
  );

  const revoke = (token: ApiToken) =>
    void action.run(async () => {
      await api.delete(`/api/me/tokens/${token.id}`);
      setCreated(null);
      setNotice(t('tokens.revoked', { name: token.name }));
      query.reload();
    });

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('tokens.title')}</h2>
      <p className="muted">{t('tokens.intro')}</p>
      {created ? (
        <Alert tone="warning" title={t('tokens.created', { name: created.info.name })}>
          <p>{t('tokens.once')}</p>
          <p className="secret">
            <code data-testid="new-token">{created.token}</code>
            <CopyButton text={created.token} />
          </p>
        </Alert>
      ) : null}
      {notice ? <Alert tone="success" title={notice} /> : null}
      <ErrorAlert error={action.error ?? query.error} />
      {session.currentOrganisation ? (
        <TokenForm
          organisation={session.currentOrganisation.name}
          onCreated={(result) => {
            setNotice(null);
            setCreated(result);
            query.reload();
          }}
        />
      ) : null}
      {query.data ? (
        <TokenTable
          tokens={query.data.items}
          pending={action.pending}
          organisationName={(id) => organisationNames.get(id) ?? id}
          onRevoke={revoke}
        />
      ) : query.loading ? (
        <Spinner />
      ) : null}
    </section>
  );
}
