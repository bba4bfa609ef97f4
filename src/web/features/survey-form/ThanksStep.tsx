import { useEffect, useRef, useState } from 'react';
import type { FormLanguage } from '../../../core/surveys/model.ts';
import { useDocumentTitle, useHeadingFocus } from './page.ts';
import { STRINGS } from './strings.ts';

/** How long the kiosk shows the thank-you screen before a fresh form. */
export const KIOSK_RESTART_SECONDS = 10;

/**
 * The thank-you screen. On the kiosk it counts down to a fresh form, which the visitor
 * (or the next one) can also start at once.
 */
export function ThanksStep({
  lang,
  title,
  thanks,
  kiosk,
  onRestart,
}: {
  lang: FormLanguage;
  title: string;
  thanks: string;
  kiosk: boolean;
  onRestart(): void;
}) {
  const s = STRINGS[lang];
  const heading = useHeadingFocus();
  useDocumentTitle(`${s.thanksTitle} – ${title}`);
  return (
    <section className="sf-card sf-thanks">
      <h1 ref={heading} tabIndex={-1} className="sf-title">
        {s.thanksTitle}
      </h1>
      <p className="sf-intro">{thanks}</p>
      {kiosk && <KioskRestart lang={lang} onRestart={onRestart} />}
    </section>
  );
}

function KioskRestart({ lang, onRestart }: { lang: FormLanguage; onRestart(): void }) {
  const s = STRINGS[lang];
  const [left, setLeft] = useState(KIOSK_RESTART_SECONDS);
  const done = useRef(false);
  const restart = () => {
    if (done.current) return;
    done.current = true;
    onRestart();
  };
  useEffect(() => {
    const timer = setInterval(() => setLeft((n) => Math.max(0, n - 1)), 1000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    if (left === 0) restart();
  });
  return (
    <div className="sf-restart">
      <p className="sf-countdown" role="timer">
        {s.countdown(left)}
      </p>
      <button
        type="button"
        className="button button--primary sf-button sf-button--wide"
        onClick={restart}
      >
        {s.startAgain}
      </button>
    </div>
  );
}
