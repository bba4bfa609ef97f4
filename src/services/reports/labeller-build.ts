import { eq } from 'drizzle-orm';
import { labelIn, type UiLanguage } from '../../core/common/languages.ts';
import { builtInIndicator } from '../../core/indicators/built-in.ts';
import { SERVICE_LANGUAGE_LABELS } from '../../core/reference/service-languages.ts';
import { THEME_LABELS, type Theme } from '../../core/reference/themes.ts';
import type { Executor } from '../../db/client.ts';
import { contactTags, indicators } from '../../db/schema/index.ts';
import { translate, translateDynamic } from '../../shared/i18n/translate.ts';
import type { SurveyScope } from '../surveys/results-scope.ts';
import type { ReportLabeller } from './labeller.ts';
import { visitorProfileScope } from './survey.ts';

type PartialLabels = Partial<Record<UiLanguage, string>>;

/** The organisation's own labels a report may need. */
export interface ReportLookups {
  tags: Map<string, PartialLabels>;
  /** Question key → its labels and its options' labels (visitor profile, all versions). */
  questions: Map<string, { labels: PartialLabels; options: Map<string, PartialLabels> }>;
  /** Custom indicators' labels by code (built-in ones come from code). */
  indicators: Map<string, PartialLabels>;
}

/** Regional variants: Belgian Dutch and French, British English (as the web app). */
export const REPORT_LOCALES: Record<UiLanguage, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

/** The questions of a questionnaire scope as label lookups. */
export function questionLookups(scope: SurveyScope | null): ReportLookups['questions'] {
  return new Map(
    (scope?.questions ?? []).map((q) => [
      q.key,
      { labels: q.labels, options: new Map(q.options.map((o) => [o.key, o.labels])) },
    ]),
  );
}

/** A labeller for `language` over the given lookups (pure: tests and renderers may build one). */
export function reportLabeller(language: UiLanguage, lookups: ReportLookups): ReportLabeller {
  const locale = REPORT_LOCALES[language];
  const numbers = new Intl.NumberFormat(locale);
  const percents = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const dates = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const months = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const notRecorded = () => translate(language, 'export.notRecorded');
  const own = (labels: PartialLabels | undefined, key: string) =>
    (labels && labelIn(labels, language)) || key;
  const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
  return {
    language,
    t: (key, params) => translate(language, key, params),
    contactType: (key) => translateDynamic(language, `contactType.${key}`, undefined, key),
    theme: (key) => (key === '' ? notRecorded() : (THEME_LABELS[key as Theme]?.[language] ?? key)),
    serviceLanguage: (key) =>
      key === '' ? notRecorded() : (SERVICE_LANGUAGE_LABELS[key]?.[language] ?? key),
    tag: (key) => (key === '' ? notRecorded() : own(lookups.tags.get(key), key)),
    question: (key) => own(lookups.questions.get(key)?.labels, key),
    option: (question, option) => own(lookups.questions.get(question)?.options.get(option), option),
    indicator: (code) =>
      builtInIndicator(code)?.labels[language] ?? own(lookups.indicators.get(code), code),
    number: (value) => numbers.format(value),
    percent: (fraction) => percents.format(fraction),
    date: (iso) => (Number.isNaN(utc(iso).getTime()) ? iso : dates.format(utc(iso))),
    month: (yyyyMm) =>
      Number.isNaN(utc(`${yyyyMm}-01`).getTime()) ? yyyyMm : months.format(utc(`${yyyyMm}-01`)),
  };
}

/**
 * The labeller of an organisation's report in `language`: its tag labels, its visitor-profile
 * question and option texts and its own indicators' labels, with the catalogs for the rest.
 * `tx` carries the organisation's context; `scope` may be passed when already loaded.
 */
export async function createReportLabeller(
  tx: Executor,
  organisationId: string,
  language: UiLanguage,
  scope?: SurveyScope | null,
): Promise<ReportLabeller> {
  const tags = await tx
    .select({ slug: contactTags.slug, labels: contactTags.labels })
    .from(contactTags)
    .where(eq(contactTags.organisationId, organisationId));
  const custom = await tx
    .select({ code: indicators.code, labels: indicators.labels })
    .from(indicators)
    .where(eq(indicators.organisationId, organisationId));
  const survey =
    // Only the questions' labels are read: the scope's date does not matter.
    scope === undefined ? await visitorProfileScope(tx, organisationId, new Date()) : scope;
  return reportLabeller(language, {
    tags: new Map(tags.map((tag) => [tag.slug, tag.labels as PartialLabels])),
    questions: questionLookups(survey),
    indicators: new Map(custom.map((row) => [row.code, row.labels as PartialLabels])),
  });
}
