import { useState } from 'react';
import { useT } from '../lib/i18n.tsx';
import { Button } from './Button.tsx';

/** Copies a secret to the clipboard and says so in a live region. */
export function CopyButton({ text, label }: { text: string; label?: string }) {
  const t = useT();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="copy">
      <Button size="small" onClick={() => void copy()}>
        {label ?? t('copy.button')}
      </Button>
      <span className="copy__status" role="status">
        {state === 'copied' ? t('copy.done') : state === 'failed' ? t('copy.failed') : ''}
      </span>
    </span>
  );
}
