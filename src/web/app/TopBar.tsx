import { useId } from 'react';
import { Link } from 'react-router';
import { Button } from '../components/Button.tsx';
import { LanguageSelect } from '../components/LanguageSelect.tsx';
import { useT } from '../lib/i18n.tsx';
import { useRequiredSession, useSession } from '../lib/session.tsx';

interface TopBarProps {
  run(action: () => Promise<void>): Promise<boolean>;
  pending: boolean;
}

/** Brand, organisation switcher, language switcher (remembered per user), profile and log-out. */
export function TopBar({ run, pending }: TopBarProps) {
  const t = useT();
  const session = useRequiredSession();
  const { switchOrganisation, changeLanguage, logout } = useSession();
  const orgId = useId();
  const organisations = [...session.organisations].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <div className="topbar__inner">
      <Link to="/" className="brand">
        <span className="brand__mark" aria-hidden="true" />
        {t('app.name')}
      </Link>
      <div className="topbar__tools">
        {organisations.length > 0 ? (
          <div className="toolbar-field">
            <label htmlFor={orgId} className="toolbar-field__label">
              {t('nav.organisation')}
            </label>
            <select
              id={orgId}
              className="input select select--compact select--org"
              value={session.currentOrganisation?.id ?? ''}
              disabled={pending}
              onChange={(event) => void run(() => switchOrganisation(event.target.value))}
            >
              {session.currentOrganisation ? null : (
                <option value="">{t('nav.organisation.none')}</option>
              )}
              {organisations.map((organisation) => (
                <option key={organisation.id} value={organisation.id}>
                  {organisation.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <LanguageSelect
          disabled={pending}
          onChange={(lang) => void run(() => changeLanguage(lang))}
        />
        <div className="topbar__user">
          <Link to="/profile" className="topbar__link">
            <span className="visually-hidden">{t('nav.profile')}: </span>
            {session.user.name}
          </Link>
          <Button
            variant="ghost"
            size="small"
            className="button--on-dark"
            onClick={() => void run(logout)}
          >
            {t('nav.logout')}
          </Button>
        </div>
      </div>
    </div>
  );
}
