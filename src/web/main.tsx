import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/tables.css';
import './styles/feedback.css';

/**
 * Two apps share this page: the staff app, and the public questionnaire (/s/<code>), which
 * is small, has no session and sets no cookies. Each loads only its own code, so a phone
 * opening a questionnaire link does not download the staff app.
 */
const App = lazy(() => import('./app/App.tsx').then((m) => ({ default: m.App })));
const PublicSurveyApp = lazy(() =>
  import('./features/survey-form/PublicSurveyApp.tsx').then((m) => ({
    default: m.PublicSurveyApp,
  })),
);

const root = document.getElementById('root');
if (root) {
  const isPublicSurvey = /^\/s\/[^/]+/.test(window.location.pathname);
  createRoot(root).render(
    <StrictMode>
      <Suspense fallback={null}>{isPublicSurvey ? <PublicSurveyApp /> : <App />}</Suspense>
    </StrictMode>,
  );
}
