import type { TargetStatus } from '../../core/programmes/progress.ts';
import type { MessageKey } from '../../shared/i18n/catalog.ts';
import type { AnnualReport } from '../../shared/schemas/reports.ts';
import type { ReportLabeller } from './labeller.ts';
import { type Block, DASH, type DocumentSection, narrativeBlocks } from './render-model.ts';

const STATUS_KEYS: Record<TargetStatus, MessageKey> = {
  met: 'reportRender.status.met',
  on_track: 'reportRender.status.on_track',
  at_risk: 'reportRender.status.at_risk',
  behind: 'reportRender.status.behind',
};

/** The translated label of a target status. */
export function statusLabel(labeller: ReportLabeller, status: TargetStatus): string {
  return labeller.t(STATUS_KEYS[status]);
}

/**
 * The organisation's programme targets: the status rule written out, then per programme a
 * table of target, actual, share done against share of time, forecast, deadline and status.
 */
export function programmesSection(report: AnnualReport, labeller: ReportLabeller): DocumentSection {
  const t = labeller.t.bind(labeller);
  const blocks: Block[] = [...narrativeBlocks(report, 'programmes')];
  if (report.programmes.length === 0) {
    blocks.push({ kind: 'note', text: t('reportRender.programmes.none') });
    return { id: 'programmes', heading: t('reportRender.section.programmes'), blocks };
  }
  blocks.push({ kind: 'note', text: t('reportRender.programmes.rule') });
  for (const programme of report.programmes) {
    if (programme.targets.length === 0) {
      blocks.push({
        kind: 'paragraph',
        text: t('reportRender.programmes.noTargets', { programme: programme.name }),
      });
      continue;
    }
    blocks.push({
      kind: 'table',
      caption: t('reportRender.programmes.caption', { programme: programme.name }),
      columns: [
        { label: t('reportRender.column.indicator'), numeric: false, weight: 1.8 },
        { label: t('reportRender.column.partner'), numeric: false, weight: 1.5 },
        { label: t('reportRender.column.target'), numeric: true },
        { label: t('reportRender.column.actual'), numeric: true },
        { label: t('reportRender.column.shareDone'), numeric: true },
        { label: t('reportRender.column.shareElapsed'), numeric: true },
        { label: t('reportRender.column.forecast'), numeric: true },
        { label: t('reportRender.column.deadline'), numeric: false, weight: 1.7 },
        { label: t('reportRender.column.status'), numeric: false, weight: 1.1 },
      ],
      rows: programme.targets.map((target) => [
        target.indicatorLabel,
        target.partner ?? t('reportRender.programmes.wholeProgramme'),
        labeller.number(target.target),
        labeller.number(target.actual),
        labeller.percent(target.shareDone),
        labeller.percent(target.shareElapsed),
        target.forecast === null ? DASH : labeller.number(target.forecast),
        labeller.date(target.deadline),
        statusLabel(labeller, target.status),
      ]),
    });
  }
  blocks.push({
    kind: 'note',
    text: t('reportRender.programmes.forecastNote', { year: report.year }),
  });
  return { id: 'programmes', heading: t('reportRender.section.programmes'), blocks };
}
