import type { ReactNode } from 'react';
import { LanguageSelect } from '../components/LanguageSelect.tsx';
import { useI18n } from '../lib/i18n.tsx';
import { SkipLink } from './SkipLink.tsx';

/** Log-in and first-run pages: brand, language (the browser's, switchable, never stored), content. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t, setLang } = useI18n();
  return (
    <div className="shell shell--public">
      <SkipLink />
      <header className="topbar">
        <div className="topbar__inner">
          <span className="brand">
            <span className="brand__mark" aria-hidden="true" />
            {t('app.name')}
          </span>
          <div className="topbar__tools">
            <LanguageSelect onChange={setLang} />
          </div>
        </div>
      </header>
      <main id="main" className="main main--narrow" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
