import { useT } from '../lib/i18n.tsx';

/** The first focusable element of every page: jumps past the header to the content. */
export function SkipLink() {
  const t = useT();
  return (
    <a className="skip-link" href="#main">
      {t('nav.skip')}
    </a>
  );
}
