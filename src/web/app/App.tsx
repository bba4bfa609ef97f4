import { BrowserRouter } from 'react-router';
import { I18nProvider } from '../lib/i18n.tsx';
import { SessionProvider } from '../lib/session.tsx';
import { AppRoutes } from './AppRoutes.tsx';
import { RouteFocus } from './RouteFocus.tsx';
import { SetupGate } from './SetupGate.tsx';

/** Providers (language, session, router), then the first-run gate, then the routes. */
export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <BrowserRouter>
          <RouteFocus />
          <SetupGate>
            <AppRoutes />
          </SetupGate>
        </BrowserRouter>
      </SessionProvider>
    </I18nProvider>
  );
}
