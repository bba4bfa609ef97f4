import { useCallback, useEffect, useState } from 'react';
import { SurveySession } from './SurveySession.tsx';

/** The code and mode from the address: `/s/<code>`, `?kiosk=1` for the tablet at the exit. */
function readAddress(): { code: string; kiosk: boolean } {
  const match = /^\/s\/([^/?#]+)/.exec(window.location.pathname);
  const code = match ? decodeURIComponent(match[1]!).toLowerCase() : '';
  const kiosk = new URLSearchParams(window.location.search).get('kiosk') === '1';
  return { code, kiosk };
}

/**
 * The public questionnaire at /s/<code> (and its kiosk mode): no login, no cookies, no
 * browser storage, no history entries. Starting again mounts a brand-new session (new
 * key): a fresh form token, a new Idempotency-Key, the default language, no answers.
 */
export function PublicSurveyApp() {
  const [{ code, kiosk }] = useState(readAddress);
  const [run, setRun] = useState(0);
  const restart = useCallback(() => {
    setRun((n) => n + 1);
    window.scrollTo(0, 0);
  }, []);
  // A kiosk page restored from the back/forward cache starts afresh too.
  useEffect(() => {
    if (!kiosk) return;
    const onShow = (event: PageTransitionEvent) => {
      if (event.persisted) restart();
    };
    window.addEventListener('pageshow', onShow);
    return () => window.removeEventListener('pageshow', onShow);
  }, [kiosk, restart]);
  return <SurveySession key={run} code={code} kiosk={kiosk} onRestart={restart} />;
}
