import { useEffect, type ReactNode } from 'react';
import { useT } from '../lib/i18n.tsx';

/** The page's only <h1> (focusable, the layout moves focus to it on navigation) and the document title. */
export function PageHeader({
  title,
  intro,
  actions,
}: {
  title: string;
  intro?: ReactNode;
  actions?: ReactNode;
}) {
  const t = useT();
  const appName = t('app.name');
  useEffect(() => {
    document.title = `${title} · ${appName}`;
  }, [title, appName]);
  return (
    <div className="page-header">
      <div className="page-header__text">
        <h1 tabIndex={-1}>{title}</h1>
        {intro ? <p className="page-header__intro">{intro}</p> : null}
      </div>
      {actions ? <div className="page-header__actions">{actions}</div> : null}
    </div>
  );
}
