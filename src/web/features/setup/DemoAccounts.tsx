import { useId } from 'react';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { CopyButton } from '../../components/CopyButton.tsx';
import { Table } from '../../components/Table.tsx';
import { useI18n } from '../../lib/i18n.tsx';

export interface DemoData {
  password: string;
  users: { email: string; organisation: string; role: string }[];
  /** Demo organisations loaded under a free slug because the new organisation took theirs. */
  renamed: { demo: string; slug: string; name: string }[];
}

/** The demo accounts and their shared password: shown once, never again. */
export function DemoAccounts({ demo, onContinue }: { demo: DemoData; onContinue(): void }) {
  const { t, tDynamic } = useI18n();
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('setup.demo.accounts')}</h2>
      {demo.renamed.length ? (
        <Alert tone="info" title={t('setup.demo.renamed.title')}>
          <ul>
            {demo.renamed.map((renamed) => (
              <li key={renamed.demo}>{t('setup.demo.renamed', renamed)}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <Alert tone="warning" title={t('setup.demo.once')}>
        <p>{t('setup.demo.passwordIntro')}</p>
        <p className="secret">
          <code data-testid="demo-password">{demo.password}</code>
          <CopyButton text={demo.password} />
        </p>
      </Alert>
      <Table
        caption={t('setup.demo.usersCaption', { count: demo.users.length })}
        columns={[
          {
            key: 'email',
            header: t('user.field.email'),
            cell: (user) => user.email,
            rowHeader: true,
          },
          {
            key: 'organisation',
            header: t('setup.demo.organisation'),
            cell: (user) =>
              user.organisation === '*' ? t('setup.demo.allOrganisations') : user.organisation,
          },
          {
            key: 'role',
            header: t('setup.demo.role'),
            cell: (user) => tDynamic(`role.${user.role}`, undefined, user.role),
          },
        ]}
        rows={demo.users}
        rowKey={(user) => `${user.email}|${user.organisation}`}
        empty={t('list.empty')}
      />
      <div className="form__actions">
        <Button variant="primary" onClick={onContinue}>
          {t('setup.demo.continue')}
        </Button>
      </div>
    </section>
  );
}
