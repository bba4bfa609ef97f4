import { protectionTexts } from '../../shared/i18n/protection.ts';
import type { AnnualReport } from '../../shared/schemas/reports.ts';
import type { ReportLabeller } from './labeller.ts';
import {
  type Block,
  type Cell,
  chart,
  DASH,
  type DocumentSection,
  narrativeBlocks,
} from './render-model.ts';

/** Questions of the visitor profile that also get a chart (the rest are tables only). */
export const CHARTED_QUESTIONS = ['gender', 'age_band', 'highest_diploma'];

type Question = AnnualReport['survey']['questions'][string];

/**
 * The visitor profile: how many answered, and per question a table of option, count and
 * share (of those who answered). Suppressed cells show a translated mark with a footnote
 * naming the small-cell threshold.
 */
export function surveySection(report: AnnualReport, labeller: ReportLabeller): DocumentSection {
  const { survey } = report;
  const t = labeller.t.bind(labeller);
  const blocks: Block[] = [...narrativeBlocks(report, 'survey')];
  if (survey.responses === 0) {
    blocks.push({ kind: 'note', text: t('reportRender.survey.none') });
  } else {
    blocks.push({
      kind: 'paragraph',
      text: t('reportRender.survey.responses', {
        count: survey.responses,
        responses: labeller.number(survey.responses),
        year: report.year,
      }),
    });
    for (const [key, question] of Object.entries(survey.questions))
      blocks.push(...questionBlocks(labeller, key, question));
    blocks.push({ kind: 'note', text: t('reportRender.survey.shareNote') });
    // The year in progress is perturbed like any view (decision 0008): say so.
    if (survey.protection?.method === 'cell_key')
      blocks.push({
        kind: 'note',
        text: protectionTexts(report.language, survey.protection).join(' '),
      });
    const suppressed = Object.values(survey.questions).some(
      (question) =>
        question.answered === null ||
        Object.values(question.options).some((cell) => cell.suppressed),
    );
    if (suppressed)
      blocks.push({
        kind: 'note',
        text: t('reportRender.survey.suppressedNote', {
          threshold: labeller.number(survey.threshold),
        }),
      });
  }
  return { id: 'survey', heading: t('reportRender.section.survey'), blocks };
}

function questionBlocks(labeller: ReportLabeller, key: string, question: Question): Block[] {
  const mark: Cell = { text: labeller.t('reportRender.survey.suppressedMark'), footnote: true };
  const label = labeller.question(key);
  const caption =
    question.answered === null
      ? label
      : labeller.t('reportRender.survey.answered', {
          question: label,
          answered: labeller.number(question.answered),
        });
  const options = Object.entries(question.options).map(([option, cell]) => ({
    label: labeller.option(key, option),
    cell,
  }));
  const blocks: Block[] = [];
  if (CHARTED_QUESTIONS.includes(key) && options.length > 0)
    blocks.push(
      chart(
        labeller,
        'bar',
        caption,
        options.map(({ label: optionLabel, cell }) => ({
          label: optionLabel,
          value: cell.share ?? 0,
          display:
            cell.suppressed || cell.share === null ? `${mark.text}*` : labeller.percent(cell.share),
        })),
      ),
    );
  blocks.push({
    kind: 'table',
    caption,
    columns: [
      { label: labeller.t('reportRender.column.option'), numeric: false, weight: 2.4 },
      { label: labeller.t('reportRender.column.count'), numeric: true },
      { label: labeller.t('reportRender.column.share'), numeric: true },
    ],
    rows: options.map(({ label: optionLabel, cell }) =>
      cell.suppressed
        ? [optionLabel, mark, mark]
        : [
            optionLabel,
            cell.count === null ? DASH : labeller.number(cell.count),
            cell.share === null ? DASH : labeller.percent(cell.share),
          ],
    ),
  });
  return blocks;
}
