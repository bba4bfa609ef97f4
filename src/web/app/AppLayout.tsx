import { Outlet } from 'react-router';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useAction } from '../lib/action.ts';
import { useRequiredSession } from '../lib/session.tsx';
import { MainNav } from './MainNav.tsx';
import { SkipLink } from './SkipLink.tsx';
import { TopBar } from './TopBar.tsx';

/**
 * The signed-in shell: skip link, top bar (brand, organisation, language, user), main
 * navigation and the page. Pages are keyed by the organisation so a switch reloads them.
 */
export function AppLayout() {
  const session = useRequiredSession();
  const action = useAction();
  return (
    <div className="shell">
      <SkipLink />
      <header className="topbar">
        <TopBar run={action.run} pending={action.pending} />
        <MainNav />
      </header>
      <main id="main" className="main" tabIndex={-1}>
        <ErrorAlert error={action.error} />
        <Outlet key={session.currentOrganisation?.id ?? 'none'} />
      </main>
    </div>
  );
}
