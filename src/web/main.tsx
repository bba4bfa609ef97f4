import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/tables.css';
import './styles/feedback.css';

/** The public questionnaire (/s/<code>) is its own small app: no session, no cookies. */
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
      {isPublicSurvey ? (
        <Suspense fallback={null}>
          <PublicSurveyApp />
        </Suspense>
      ) : (
        <App />
      )}
    </StrictMode>,
  );
}
