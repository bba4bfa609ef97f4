import type { AnnualReport } from '../../../shared/schemas/reports.ts';
import type { ReportText } from './report-text.ts';

type KeyFigure = AnnualReport['keyFigures'][number];

/** "+1.234 (+5,2 %) tegenover 2024", or a dash and why when the year before has no data. */
export function changeText(figure: KeyFigure, year: number, text: ReportText): string {
  const previous = year - 1;
  if (figure.previousYear === null || figure.change === null)
    return text.t('reports.change.none', { year: previous });
  return text.t('reports.change', {
    change: text.signed(figure.change),
    percent: text.changePercent(figure.changePercent),
    year: previous,
  });
}

/** The report's key figures: each value large, with the change on the previous year below. */
export function KeyFigures({ report, text }: { report: AnnualReport; text: ReportText }) {
  return (
    <div className="report-keyfigures">
      <h4>{text.t('reports.keyFigures')}</h4>
      <dl className="report-keyfigures__list">
        {report.keyFigures.map((figure) => (
          <div
            key={figure.indicator}
            className="report-keyfigure"
            data-testid={`key-${figure.indicator}`}
          >
            <dt>{figure.label}</dt>
            <dd className="report-keyfigure__value">{text.number(figure.value)}</dd>
            <dd className="report-keyfigure__change">{changeText(figure, report.year, text)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
