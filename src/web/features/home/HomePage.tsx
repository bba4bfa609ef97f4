import { useId } from 'react';
import { ROLES } from '../../../core/organisations/roles.ts';
import { Alert } from '../../components/Alert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useRequiredSession, useSession } from '../../lib/session.tsx';
import { OtherOrganisations } from './OtherOrganisations.tsx';
import { DAILY_WORK, INSTALLATION_WORK, MORE, type Tile } from './tiles.ts';
import { Tiles } from './Tiles.tsx';
import './home.css';

/**
 * Welcome: first the daily work of the user's roles in the current organisation (a
 * counsellor's front desk and activities, an analyst's dashboard, indicators and report …),
 * then the other organisations one switch away, then the rest.
 */
export function HomePage() {
  const { t } = useI18n();
  const session = useRequiredSession();
  const { can } = useSession();
  const dailyId = useId();
  const moreId = useId();
  const organisation = session.currentOrganisation;
  const isAdmin = session.user.isInstallationAdmin;
  const roleNames = organisation?.roles.map((role) => t(`role.${role}`)) ?? [];
  if (isAdmin) roleNames.push(t('role.installation_admin'));

  const visible = (tile: Tile) =>
    tile.installationAdmin ? isAdmin : tile.permission ? can(tile.permission) : true;
  const held = ROLES.filter((role) => organisation?.roles.includes(role));
  const daily = [
    ...new Set([
      ...held.flatMap((role) => DAILY_WORK[role]),
      ...(isAdmin ? INSTALLATION_WORK : []),
    ]),
  ].filter(visible);
  const more = MORE.filter((tile) => visible(tile) && !daily.includes(tile));

  return (
    <>
      <PageHeader
        title={t('home.title', { name: session.user.name })}
        intro={
          organisation
            ? t('home.intro', { organisation: organisation.name, roles: roleNames.join(', ') })
            : undefined
        }
      />
      {organisation ? null : <Alert tone="info" title={t('home.noOrganisation')} />}
      {daily.length ? (
        <section className="home-section" aria-labelledby={dailyId}>
          <h2 id={dailyId}>{t('home.daily')}</h2>
          <Tiles tiles={daily} large />
        </section>
      ) : null}
      <OtherOrganisations />
      <section className="home-section" aria-labelledby={moreId}>
        <h2 id={moreId}>{t(daily.length ? 'home.more' : 'home.sections')}</h2>
        <Tiles tiles={more} />
      </section>
    </>
  );
}
