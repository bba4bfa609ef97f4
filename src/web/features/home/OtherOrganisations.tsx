import { useId, useState } from 'react';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useAction } from '../../lib/action.ts';
import { focusMainHeading } from '../../lib/focus.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useRequiredSession, useSession } from '../../lib/session.tsx';

/** More than this many, and the rest are left to the organisation menu at the top. */
const SHOWN = 12;

/**
 * The other organisations this user can work in, each one switch away (after a first setup
 * with the demo, the demo organisations: the new organisation itself is still empty).
 */
export function OtherOrganisations() {
  const { t } = useI18n();
  const session = useRequiredSession();
  const { switchOrganisation } = useSession();
  const action = useAction();
  const [switching, setSwitching] = useState<string | null>(null);
  const headingId = useId();
  const others = session.organisations
    .filter((organisation) => organisation.id !== session.currentOrganisation?.id)
    .sort((a, b) => a.name.localeCompare(b.name));
  if (!others.length) return null;

  const open = async (id: string) => {
    setSwitching(id);
    // The page shows the other organisation: its heading takes the focus the button had.
    if (await action.run(() => switchOrganisation(id))) focusMainHeading();
    setSwitching(null);
  };

  return (
    <section className="card home-orgs" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('home.orgs.title')}</h2>
      <p>{t('home.orgs.intro', { count: others.length })}</p>
      <ErrorAlert error={action.error} />
      <ul className="home-orgs__list">
        {others.slice(0, SHOWN).map((organisation) => (
          <li key={organisation.id} className="home-orgs__item">
            <span className="home-orgs__text">
              <span className="home-orgs__name">{organisation.name}</span>
              <span className="cell-sub">
                {organisation.roles.length
                  ? organisation.roles.map((role) => t(`role.${role}`)).join(', ')
                  : t('role.installation_admin')}
              </span>
            </span>
            <Button
              size="small"
              pending={switching === organisation.id}
              disabled={action.pending}
              onClick={() => void open(organisation.id)}
            >
              {t('home.orgs.switch')}
              <span className="visually-hidden"> {organisation.name}</span>
            </Button>
          </li>
        ))}
      </ul>
      {others.length > SHOWN ? (
        <p className="muted">{t('home.orgs.more', { count: others.length - SHOWN })}</p>
      ) : null}
    </section>
  );
}
