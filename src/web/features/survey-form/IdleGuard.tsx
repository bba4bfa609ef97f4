import { useEffect, useRef, useState } from 'react';
import type { FormLanguage } from '../../../core/surveys/model.ts';
import { STRINGS } from './strings.ts';

/** On the kiosk, a form left half-filled starts afresh after this long without a touch. */
export const KIOSK_IDLE_SECONDS = 90;
export const KIOSK_IDLE_WARNING_SECONDS = 20;

const ACTIVITY = ['pointerdown', 'keydown', 'input', 'scroll'] as const;

/**
 * Kiosk only: when nobody has touched the form for a while, warn, then start a fresh form,
 * so the next visitor cannot see what the previous one had answered.
 */
export function IdleGuard({ lang, onTimeout }: { lang: FormLanguage; onTimeout(): void }) {
  const s = STRINGS[lang];
  const [left, setLeft] = useState<number | null>(null);
  const last = useRef(0);
  const fired = useRef(false);

  useEffect(() => {
    last.current = Date.now();
    const touch = () => {
      last.current = Date.now();
      setLeft(null);
    };
    for (const name of ACTIVITY) document.addEventListener(name, touch, true);
    const timer = setInterval(() => {
      const idle = (Date.now() - last.current) / 1000;
      const limit = KIOSK_IDLE_SECONDS + KIOSK_IDLE_WARNING_SECONDS;
      if (idle >= limit && !fired.current) {
        fired.current = true;
        onTimeout();
      } else if (idle >= KIOSK_IDLE_SECONDS) setLeft(Math.ceil(limit - idle));
    }, 1000);
    return () => {
      clearInterval(timer);
      for (const name of ACTIVITY) document.removeEventListener(name, touch, true);
    };
  }, [onTimeout]);

  if (left === null) return null;
  return (
    <div className="sf-idle" role="alert">
      <p className="sf-idle__title">{s.idleTitle}</p>
      <p>{s.idleBody(left)}</p>
      <button
        type="button"
        className="button button--primary sf-button"
        onClick={() => setLeft(null)}
      >
        {s.keepGoing}
      </button>
    </div>
  );
}
