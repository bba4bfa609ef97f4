import type { AnnualReport } from '../../shared/schemas/reports.ts';
import type { ReportLabeller } from './labeller.ts';
import {
  type Block,
  type DocumentSection,
  narrativeBlocks,
  type ReportDocument,
} from './render-model.ts';
import { programmesSection } from './render-programmes.ts';
import {
  collectiveSection,
  contactsSection,
  eventsSection,
  keyFiguresSection,
  monthsSection,
  targetGroupsSection,
} from './render-sections.ts';
import { surveySection } from './render-survey.ts';

/** Data sections in report order, with the narrative section each one carries. */
const DATA_SECTIONS = [
  { build: keyFiguresSection, narrative: null },
  { build: contactsSection, narrative: 'contacts' },
  { build: monthsSection, narrative: null },
  { build: collectiveSection, narrative: 'collective_activities' },
  { build: eventsSection, narrative: 'events_outreach' },
  { build: targetGroupsSection, narrative: 'target_groups' },
  { build: surveySection, narrative: 'survey' },
] as const;

/**
 * The annual report as a document of sections and blocks, ready for the HTML and PDF
 * renderers. An empty report (no data for the year) keeps its introduction with a clear
 * note, the sections the organisation wrote a narrative for, and its programme targets.
 */
export function reportDocument(report: AnnualReport, labeller: ReportLabeller): ReportDocument {
  const t = labeller.t.bind(labeller);
  const sections: DocumentSection[] = [];
  const introduction: Block[] = [];
  if (report.empty)
    introduction.push({ kind: 'note', text: t('reportRender.empty', { year: report.year }) });
  introduction.push(...narrativeBlocks(report, 'introduction'));
  if (introduction.length > 0)
    sections.push({
      id: 'introduction',
      heading: t('reportRender.section.introduction'),
      blocks: introduction,
    });
  for (const { build, narrative } of DATA_SECTIONS) {
    const section = build(report, labeller);
    if (!report.empty) sections.push(section);
    else if (narrative && narrativeBlocks(report, narrative).length > 0)
      sections.push({
        ...section,
        blocks: [
          ...narrativeBlocks(report, narrative),
          { kind: 'note', text: t('reportRender.emptySection') },
        ],
      });
  }
  sections.push(programmesSection(report, labeller));
  return {
    language: labeller.language,
    title: t('reportRender.documentTitle', {
      organisation: report.organisationName,
      year: report.year,
    }),
    organisation: report.organisationName,
    heading: t('reportRender.title', { year: report.year }),
    generated: t('reportRender.generatedOn', {
      date: labeller.date(report.generatedAt.slice(0, 10)),
    }),
    sections,
    pageOf: (page, pages) => t('reportRender.pageOf', { page, pages }),
  };
}
