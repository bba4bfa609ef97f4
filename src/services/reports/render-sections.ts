import type { AnnualReport } from '../../shared/schemas/reports.ts';
import type { ReportLabeller } from './labeller.ts';
import {
  type Block,
  byCount,
  chart,
  countBreakdown,
  DASH,
  type DocumentSection,
  narrativeBlocks,
  signed,
  signedPercent,
} from './render-model.ts';

/**
 * The annual report's sections about key figures, contacts, collective activities, events
 * and outreach, and target groups, as document blocks (see render-model.ts).
 */
type Builder = (report: AnnualReport, labeller: ReportLabeller) => DocumentSection;

/** Key figures: a figure per card with its change on the previous year, and the same as a table. */
export const keyFiguresSection: Builder = (report, labeller) => {
  const previous = report.year - 1;
  const heading = labeller.t('reportRender.section.keyFigures');
  if (report.keyFigures.length === 0)
    return {
      id: 'key_figures',
      heading,
      blocks: [{ kind: 'note', text: labeller.t('reportRender.keyFigures.none') }],
    };
  const items = report.keyFigures.map((figure) => ({
    label: figure.label,
    value: labeller.number(figure.value),
    detail:
      figure.change === null
        ? labeller.t('reportRender.keyFigures.noPrevious', { previous })
        : labeller.t('reportRender.keyFigures.detail', {
            change: signed(labeller, figure.change),
            percent: signedPercent(labeller, figure.changePercent),
            previous,
          }),
  }));
  const blocks: Block[] = [
    { kind: 'figures', items },
    {
      kind: 'table',
      caption: labeller.t('reportRender.keyFigures.caption', { year: report.year, previous }),
      columns: [
        { label: labeller.t('reportRender.column.figure'), numeric: false, weight: 2.4 },
        { label: String(report.year), numeric: true },
        { label: String(previous), numeric: true },
        { label: labeller.t('reportRender.column.change'), numeric: true },
        { label: labeller.t('reportRender.column.changePercent'), numeric: true },
      ],
      rows: report.keyFigures.map((figure) => [
        figure.label,
        labeller.number(figure.value),
        figure.previousYear === null ? DASH : labeller.number(figure.previousYear),
        figure.change === null ? DASH : signed(labeller, figure.change),
        signedPercent(labeller, figure.changePercent),
      ]),
    },
  ];
  if (report.keyFigures.some((figure) => figure.change === null))
    blocks.push({
      kind: 'note',
      text: labeller.t('reportRender.keyFigures.dashNote', { previous }),
    });
  return { id: 'key_figures', heading, blocks };
};

/** Contacts: the total and its change, then by type, theme and language (chart + table each). */
export const contactsSection: Builder = (report, labeller) => {
  const { contacts } = report;
  const t = labeller.t.bind(labeller);
  let summary = t('reportRender.contacts.total', {
    total: labeller.number(contacts.total),
    year: report.year,
  });
  if (contacts.change !== null && contacts.previousYear !== null)
    summary += ` ${t('reportRender.contacts.change', {
      change: signed(labeller, contacts.change),
      percent: signedPercent(labeller, contacts.changePercent),
      previous: report.year - 1,
      previousTotal: labeller.number(contacts.previousYear),
    })}`;
  return {
    id: 'contacts',
    heading: t('reportRender.section.contacts'),
    blocks: [
      ...narrativeBlocks(report, 'contacts'),
      { kind: 'paragraph', text: summary },
      ...countBreakdown(
        labeller,
        t('reportRender.contacts.byType'),
        t('reportRender.column.type'),
        Object.entries(contacts.byType),
        (key) => labeller.contactType(key),
      ),
      ...countBreakdown(
        labeller,
        t('reportRender.contacts.byTheme'),
        t('reportRender.column.theme'),
        byCount(contacts.byTheme),
        (key) => labeller.theme(key),
      ),
      ...countBreakdown(
        labeller,
        t('reportRender.contacts.byLanguage'),
        t('reportRender.column.language'),
        byCount(contacts.byLanguage),
        (key) => labeller.serviceLanguage(key),
      ),
    ],
  };
};

/** Contacts per month: a column chart and a table of the twelve months. */
export const monthsSection: Builder = (report, labeller) => {
  const caption = labeller.t('reportRender.contacts.byMonth', { year: report.year });
  const months = Object.entries(report.contacts.byMonth).sort((a, b) => a[0].localeCompare(b[0]));
  const bars = months.map(([month, count]) => ({
    label: labeller.month(month),
    value: count,
    display: labeller.number(count),
  }));
  return {
    id: 'months',
    heading: labeller.t('reportRender.section.months'),
    blocks: [
      chart(labeller, 'column', caption, bars),
      {
        kind: 'table',
        caption,
        columns: [
          { label: labeller.t('reportRender.column.month'), numeric: false },
          { label: labeller.t('reportRender.column.count'), numeric: true },
        ],
        rows: bars.map((bar) => [bar.label, bar.display]),
      },
    ],
  };
};

/** Collective activities: participants and sessions, and participants per language. */
export const collectiveSection: Builder = (report, labeller) => {
  const { collectiveActivities: collective } = report;
  const t = labeller.t.bind(labeller);
  return {
    id: 'collective_activities',
    heading: t('reportRender.section.collective'),
    blocks: [
      ...narrativeBlocks(report, 'collective_activities'),
      {
        kind: 'table',
        caption: t('reportRender.collective.figures'),
        columns: [
          { label: t('reportRender.column.figure'), numeric: false, weight: 2 },
          { label: t('reportRender.column.count'), numeric: true },
        ],
        rows: [
          [t('reportRender.collective.participants'), labeller.number(collective.participants)],
          [t('reportRender.collective.sessions'), labeller.number(collective.sessions)],
        ],
      },
      ...countBreakdown(
        labeller,
        t('reportRender.collective.byLanguage'),
        t('reportRender.column.language'),
        byCount(collective.byLanguage),
        (key) => labeller.serviceLanguage(key),
        (key) => collective.shareByLanguage[key],
      ),
    ],
  };
};

/** Fairs, events and outreach trips: how many, and how many people they reached. */
export const eventsSection: Builder = (report, labeller) => {
  const t = labeller.t.bind(labeller);
  const n = (value: number) => labeller.number(value);
  return {
    id: 'events_outreach',
    heading: t('reportRender.section.eventsOutreach'),
    blocks: [
      ...narrativeBlocks(report, 'events_outreach'),
      {
        kind: 'table',
        caption: t('reportRender.events.caption'),
        columns: [
          { label: t('reportRender.column.activity'), numeric: false, weight: 2 },
          { label: t('reportRender.events.number'), numeric: true },
          { label: t('reportRender.column.reached'), numeric: true },
        ],
        rows: [
          [t('reportRender.events.events'), n(report.events.count), n(report.events.reached)],
          [t('reportRender.events.outreach'), n(report.outreach.trips), n(report.outreach.reached)],
        ],
      },
    ],
  };
};

/** Target groups: contacts per target-group tag. */
export const targetGroupsSection: Builder = (report, labeller) => ({
  id: 'target_groups',
  heading: labeller.t('reportRender.section.targetGroups'),
  blocks: [
    ...narrativeBlocks(report, 'target_groups'),
    ...countBreakdown(
      labeller,
      labeller.t('reportRender.targetGroups.caption'),
      labeller.t('reportRender.column.tag'),
      byCount(report.targetGroups),
      (key) => labeller.tag(key),
    ),
  ],
});
