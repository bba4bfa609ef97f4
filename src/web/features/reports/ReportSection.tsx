import { useId, type ReactNode } from 'react';
import type { ReportSection as SectionKey } from '../../../shared/schemas/reports.ts';
import type { ReportText } from './report-text.ts';
import { Narrative, type NarrativeStore } from './Narrative.tsx';

/**
 * One section of the report: its heading, the organisation's narrative for it (editable
 * with `reports.edit`), then its figures. Printed from the top of a new page.
 */
export function ReportSection({
  section,
  text,
  store,
  children,
}: {
  section: SectionKey;
  text: ReportText;
  store: NarrativeStore;
  children?: ReactNode;
}) {
  const id = useId();
  const title = text.t(`reports.section.${section}`);
  return (
    <section
      className={`report-section report-section--${section}`}
      aria-labelledby={`${id}-h`}
      data-section={section}
    >
      <h3 id={`${id}-h`}>{title}</h3>
      <Narrative section={section} store={store} />
      {children}
    </section>
  );
}

/** A row of headline figures (label above a large number). */
export function Figures({
  items,
}: {
  items: readonly { key: string; label: string; value: string }[];
}) {
  return (
    <dl className="report-figures">
      {items.map((item) => (
        <div key={item.key} className="report-figure" data-testid={`figure-${item.key}`}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A table beside its chart (the chart below the table on narrow screens and in print). */
export function TableAndChart({ table, chart }: { table: ReactNode; chart?: ReactNode }) {
  return (
    <div className="report-block">
      <div className="report-block__table">{table}</div>
      {chart ? <div className="report-block__chart">{chart}</div> : null}
    </div>
  );
}
