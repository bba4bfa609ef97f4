import { useT } from '../lib/i18n.tsx';

/** A loading indicator; the block form announces itself politely to screen readers. */
export function Spinner({ inline = false, label }: { inline?: boolean; label?: string }) {
  const t = useT();
  if (inline) return <span className="spinner spinner--inline" aria-hidden="true" />;
  return (
    <div className="spinner-block" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t('app.loading')}</span>
    </div>
  );
}
