import { useId } from 'react';
import type { TargetStatus } from '../../../core/programmes/progress.ts';
import type { AnnualReport } from '../../../shared/schemas/reports.ts';
import { Badge } from '../../components/Badge.tsx';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import type { NarrativeStore } from './Narrative.tsx';
import type { ReportText } from './report-text.ts';
import { ReportSection } from './ReportSection.tsx';

type Programme = AnnualReport['programmes'][number];

const TONES: Record<TargetStatus, 'success' | 'neutral' | 'warning'> = {
  met: 'success',
  on_track: 'success',
  at_risk: 'warning',
  behind: 'warning',
};

/** One programme: a row per target with progress, forecast, deadline and status (as text). */
function ProgrammeTable({ programme, text }: { programme: Programme; text: ReportText }) {
  const captionId = useId();
  const { t } = text;
  const dash = t('reports.noPercent');
  const columns = [
    t('reports.column.partner'),
    t('reports.column.target'),
    t('reports.column.actual'),
    t('reports.column.done'),
    t('reports.column.forecast'),
    t('reports.column.deadline'),
    t('reports.column.status'),
  ];
  return (
    <ScrollRegion labelledBy={captionId}>
      <table
        className="table report-table report-table--wide"
        data-testid={`programme-${programme.id}`}
      >
        <caption id={captionId}>{programme.name}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.column.indicator')}</th>
            {columns.map((header, i) => (
              <th key={header} scope="col" className={i > 0 && i < 5 ? 'num' : undefined}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {programme.targets.map((target, i) => (
            <tr key={`${target.indicator}-${target.partner ?? ''}-${target.deadline}-${i}`}>
              <th scope="row">{target.indicatorLabel}</th>
              <td>{target.partner ?? t('reports.programmes.whole')}</td>
              <td className="num">{text.number(target.target)}</td>
              <td className="num">{text.number(target.actual)}</td>
              <td className="num">
                {text.share(target.shareDone)} / {text.share(target.shareElapsed)}
              </td>
              <td className="num">
                {target.forecast === null ? dash : text.number(Math.round(target.forecast))}
              </td>
              <td className="report-nowrap">{text.day(target.deadline)}</td>
              <td>
                <Badge tone={TONES[target.status]}>{t(`reports.status.${target.status}`)}</Badge>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** The organisation's programme targets and their progress, with the status rule in words. */
export function ProgrammesSection({
  report,
  text,
  store,
}: {
  report: AnnualReport;
  text: ReportText;
  store: NarrativeStore;
}) {
  const withTargets = report.programmes.filter((p) => p.targets.length > 0);
  return (
    <ReportSection section="programmes" text={text} store={store}>
      {withTargets.length === 0 ? (
        <p>{text.t('reports.programmes.none')}</p>
      ) : (
        <>
          {withTargets.map((programme) => (
            <ProgrammeTable key={programme.id} programme={programme} text={text} />
          ))}
          <p className="report-note">{text.t('reports.programmes.rule')}</p>
        </>
      )}
    </ReportSection>
  );
}
