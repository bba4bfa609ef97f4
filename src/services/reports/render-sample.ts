import type { UiLanguage } from '../../core/common/languages.ts';
import { SERVICE_LANGUAGE_LABELS } from '../../core/reference/service-languages.ts';
import { THEME_LABELS } from '../../core/reference/themes.ts';
import { VISITOR_PROFILE } from '../../core/surveys/visitor-profile.ts';
import { translate, translateDynamic } from '../../shared/i18n/translate.ts';
import type { AnnualReport } from '../../shared/schemas/reports.ts';
import type { ReportLabeller } from './labeller.ts';

/**
 * Test fixtures for the renderers: a labeller formatting with Intl (nl-BE, fr-BE, en-GB)
 * and the walk-in centre's 2023 report (seed 000). Not used by the application.
 */
const LOCALES: Record<UiLanguage, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };
const TAGS: Record<string, string> = { ukrainians: 'Ukrainians', neet: 'NEET youths' };

/** A labeller for tests, close to the real one but without the organisation's own labels. */
export function sampleLabeller(language: UiLanguage): ReportLabeller {
  const locale = LOCALES[language];
  const numbers = new Intl.NumberFormat(locale);
  const percents = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const months = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const question = (key: string) => VISITOR_PROFILE.questions.find((q) => q.key === key);
  return {
    language,
    t: (key, params) => translate(language, key, params),
    contactType: (key) => translateDynamic(language, `contactType.${key}`, undefined, key),
    theme: (key) => THEME_LABELS[key as keyof typeof THEME_LABELS]?.[language] ?? key,
    serviceLanguage: (key) => SERVICE_LANGUAGE_LABELS[key]?.[language] ?? (key || '?'),
    tag: (key) => TAGS[key] ?? key,
    question: (key) => question(key)?.labels[language] ?? key,
    option: (q, option) =>
      question(q)?.options?.find((o) => o.key === option)?.labels[language] ?? option,
    indicator: (code) => code,
    number: (value) => numbers.format(value),
    percent: (fraction) => percents.format(fraction),
    date: (iso) => dates.format(new Date(`${iso}T00:00:00Z`)),
    month: (yyyyMm) => months.format(new Date(`${yyyyMm}-01T00:00:00Z`)),
  };
}

const cell = (count: number, answered: number) => ({
  count,
  share: count / answered,
  suppressed: false,
});
const hidden = { count: null, share: null, suppressed: true };
const MONTHS = [4800, 5200, 5900, 5300, 5600, 5100, 3900, 3600, 6400, 6800, 7100, 5954];
const figure = (indicator: string, label: string, value: number, previous: number | null) => ({
  indicator,
  label,
  value,
  previousYear: previous,
  change: previous === null ? null : value - previous,
  changePercent: previous ? Math.round(((value - previous) / previous) * 1000) / 10 : null,
});

/** The walk-in centre's annual report 2023: 65,654 contacts, 3,133 answers, 52.7% women. */
export function sampleReport(language: UiLanguage = 'en'): AnnualReport {
  return {
    organisation: 'walk-in-centre',
    organisationName: 'Walk-in career centre',
    year: 2023,
    language,
    generatedAt: '2024-02-15T09:30:00.000Z',
    empty: false,
    contacts: {
      total: 65654,
      previousYear: 55401,
      change: 10253,
      changePercent: 18.5,
      byType: {
        individual_advice: 28977,
        documentation_centre: 9556,
        collective_activity: 18062,
        event: 5200,
        outreach: 3859,
      },
      byTheme: { learn: 20123, work: 25450, move: 4021, start_business: 3560, choose: 12500 },
      byLanguage: { fr: 45210, nl: 6540, en: 9874, uk: 3120, ar: 910 },
      byMonth: Object.fromEntries(
        MONTHS.map((count, i) => [`2023-${String(i + 1).padStart(2, '0')}`, count]),
      ),
    },
    collectiveActivities: {
      participants: 18062,
      sessions: 1130,
      byLanguage: { fr: 13500, nl: 1790, en: 2772 },
      shareByLanguage: { fr: 13500 / 18062, nl: 1790 / 18062, en: 2772 / 18062 },
    },
    events: { count: 41, reached: 5200 },
    outreach: { trips: 62, reached: 3859 },
    targetGroups: { ukrainians: 6456, neet: 3120 },
    survey: {
      responses: 3133,
      threshold: 5,
      questions: {
        gender: {
          answered: 3050,
          options: {
            female: cell(1607, 3050),
            male: cell(1380, 3050),
            other: hidden,
            no_answer: cell(60, 3050),
          },
        },
        highest_diploma: {
          answered: 3000,
          options: {
            none_or_primary: cell(540, 3000),
            lower_secondary: cell(585, 3000),
            upper_secondary: cell(1020, 3000),
            higher: cell(855, 3000),
          },
        },
      },
    },
    programmes: [
      {
        id: '7d3f7c1e-0000-4000-8000-000000000001',
        name: 'ESF+ Orientation 2023–2024',
        targets: [
          {
            indicator: 'individual_advice',
            indicatorLabel: 'Individual advice',
            target: 50000,
            actual: 28977,
            deadline: '2024-12-31',
            forecast: 57954,
            status: 'on_track',
            shareDone: 0.57954,
            shareElapsed: 0.5,
            partner: null,
          },
          {
            indicator: 'outreach_trips',
            indicatorLabel: 'Outreach trips',
            target: 140,
            actual: 62,
            deadline: '2024-12-31',
            forecast: 124,
            status: 'behind',
            shareDone: 62 / 140,
            shareElapsed: 0.5,
            partner: 'Mission locale',
          },
        ],
      },
    ],
    keyFigures: [
      figure('contacts_total', 'Contacts', 65654, 55401),
      figure('individual_advice', 'Individual advice', 28977, 25010),
      figure('collective_participants', 'Collective participants', 18062, 19020),
      figure('survey_responses', 'Questionnaire answers', 3133, null),
    ],
    narratives: {
      introduction:
        'In 2023 the centre reached the largest number of contacts since it opened.\n\nAccess is free and anonymous.',
      contacts: 'The rise in contacts shows the value of outreach.',
    },
  };
}

/** The same organisation for a year without any data. */
export function emptyReport(language: UiLanguage = 'en'): AnnualReport {
  const full = sampleReport(language);
  const zero = <T extends Record<string, number>>(map: T) =>
    Object.fromEntries(Object.keys(map).map((key) => [key, 0])) as T;
  return {
    ...full,
    year: 2031,
    empty: true,
    contacts: {
      total: 0,
      previousYear: null,
      change: null,
      changePercent: null,
      byType: zero(full.contacts.byType),
      byTheme: {},
      byLanguage: {},
      byMonth: zero(full.contacts.byMonth),
    },
    collectiveActivities: { participants: 0, sessions: 0, byLanguage: {}, shareByLanguage: {} },
    events: { count: 0, reached: 0 },
    outreach: { trips: 0, reached: 0 },
    targetGroups: {},
    survey: { responses: 0, threshold: 5, questions: {} },
    programmes: [],
    keyFigures: [],
    narratives: {},
  };
}
