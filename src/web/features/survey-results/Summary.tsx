import { useId, useState } from 'react';
import type { SurveyResults } from '../../../shared/schemas/surveys.ts';
import { ProtectionNote } from '../../components/ProtectionNote.tsx';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import { useT } from '../../lib/i18n.tsx';
import { Count } from './Count.tsx';
import { MonthChart } from './MonthChart.tsx';
import { useResultsFormat } from './numbers.ts';

/** The months as a table (shown on request on screen, always on paper). */
function MonthTable({ data, caption }: { data: SurveyResults; caption: string }) {
  const t = useT();
  const format = useResultsFormat();
  const id = useId();
  return (
    <ScrollRegion labelledBy={id}>
      <table className="table results-table">
        <caption id={id} className="visually-hidden">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('surveyResults.month')}</th>
            <th scope="col" className="num">
              {t('surveyResults.responses')}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{format.month(m.month)}</th>
              <td className="num">
                <Count value={m.count} suppressed={m.suppressed} threshold={data.threshold} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/**
 * Responses in the period (or "< N"), what the threshold means, and the responses per
 * month as a chart with its table.
 */
export function Summary({ data }: { data: SurveyResults }) {
  const t = useT();
  const id = useId();
  const format = useResultsFormat();
  const [open, setOpen] = useState(false);
  const title = t('surveyResults.months');
  return (
    <section className="card results-summary" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('surveyResults.summary')}</h2>
      <dl className="results-total">
        <div className="results-total__main">
          <dt>{t('surveyResults.responses')}</dt>
          <dd data-testid="survey-responses">
            <Count
              value={data.responses}
              suppressed={data.responsesSuppressed}
              threshold={data.threshold}
            />
          </dd>
        </div>
        <div>
          <dt>{t('surveyResults.period')}</dt>
          <dd>{format.period(data.from, data.to)}</dd>
        </div>
      </dl>
      <ProtectionNote protection={data.protection} />
      {data.months.length > 0 ? (
        <>
          <h3 id={`${id}-months`}>{title}</h3>
          <MonthChart title={title} months={data.months} threshold={data.threshold} />
          <button
            type="button"
            className="button button--ghost button--small no-print"
            aria-expanded={open}
            aria-controls={`${id}-data`}
            onClick={() => setOpen((value) => !value)}
          >
            <span>{open ? t('surveyResults.table.hide') : t('surveyResults.table.show')}</span>
          </button>
          <div id={`${id}-data`} className={open ? '' : 'results-collapsed'}>
            <MonthTable data={data} caption={title} />
          </div>
        </>
      ) : null}
    </section>
  );
}
