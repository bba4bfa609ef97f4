import { useId, useState, type ReactNode } from 'react';
import { useT } from '../../lib/i18n.tsx';

export interface DownloadLinks {
  csv: string;
  xlsx: string;
}

/** "Download CSV" and "Download XLSX" of one table; the table's title completes the link names. */
export function Downloads({ links, table }: { links: DownloadLinks; table: string }) {
  const t = useT();
  return (
    <p className="downloads no-print">
      <a className="downloads__link" href={links.csv} download>
        {t('dashboard.download.csv')}
        <span className="visually-hidden"> ({table})</span>
      </a>
      <a className="downloads__link" href={links.xlsx} download>
        {t('dashboard.download.xlsx')}
        <span className="visually-hidden"> ({table})</span>
      </a>
    </p>
  );
}

/**
 * A dashboard section: heading, chart, its data table (shown on request, always in print)
 * and the downloads. Without a chart the table is shown at once.
 */
export function Section({
  title,
  chart,
  table,
  links,
  className,
}: {
  title: string;
  chart?: ReactNode;
  table: ReactNode;
  links: DownloadLinks;
  className?: string;
}) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <section className={`card dashboard-section ${className ?? ''}`} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{title}</h2>
      {chart ? (
        <>
          {chart}
          <button
            type="button"
            className="button button--ghost button--small no-print"
            aria-expanded={open}
            aria-controls={`${id}-data`}
            onClick={() => setOpen((value) => !value)}
          >
            <span>{open ? t('dashboard.table.hide') : t('dashboard.table.show')}</span>
          </button>
          <div id={`${id}-data`} className={`chart-data ${open ? '' : 'chart-data--collapsed'}`}>
            {table}
          </div>
        </>
      ) : (
        table
      )}
      <Downloads links={links} table={title} />
    </section>
  );
}
