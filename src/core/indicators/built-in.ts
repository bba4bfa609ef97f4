import type { Indicator } from './model.ts';

/**
 * Indicators every organisation has. They cover the walk-in centre's annual report (seed 000):
 * contacts by type, theme and language, collective sessions and their participants, fairs and
 * events, outreach trips and people reached, target groups, and questionnaire responses.
 */
const CONTACT_BREAKDOWNS = [
  'type',
  'theme',
  'language',
  'channel',
  'location',
  'municipality',
  'tag',
  'activity_kind',
  'year',
  'quarter',
  'month',
];

function contactsOf(
  code: string,
  labels: Indicator['labels'],
  type: string | null,
  extra: Partial<Indicator> = {},
): Indicator {
  return {
    code,
    labels,
    unit: 'people',
    source: 'contacts',
    measure: 'sum',
    filters: type ? [{ field: 'type', values: [type] }] : [],
    breakdowns: CONTACT_BREAKDOWNS.filter((b) => !(type && b === 'type')),
    builtIn: true,
    ...extra,
  };
}

function activitiesOf(
  code: string,
  labels: Indicator['labels'],
  type: string,
  unit: Indicator['unit'],
): Indicator {
  return {
    code,
    labels,
    unit,
    source: 'contacts',
    measure: 'count_distinct',
    distinctField: 'activity',
    filters: [{ field: 'type', values: [type] }],
    breakdowns: [
      'language',
      'theme',
      'location',
      'municipality',
      'activity_kind',
      'year',
      'quarter',
      'month',
    ],
    builtIn: true,
  };
}

export const BUILT_IN_INDICATORS: readonly Indicator[] = [
  contactsOf('contacts_total', { nl: 'Contacten', fr: 'Contacts', en: 'Contacts' }, null),
  contactsOf(
    'individual_advice',
    {
      nl: 'Individuele adviesgesprekken',
      fr: 'Entretiens de conseil individuels',
      en: 'Individual advice conversations',
    },
    'individual_advice',
  ),
  contactsOf(
    'documentation_centre_visits',
    {
      nl: 'Bezoeken multimediaruimte en documentatiecentrum',
      fr: 'Visites de l’espace multimédia et du centre de documentation',
      en: 'Multimedia room and documentation centre visits',
    },
    'documentation_centre',
  ),
  contactsOf(
    'collective_participants',
    {
      nl: 'Deelnemers aan collectieve activiteiten',
      fr: 'Participants aux activités collectives',
      en: 'Participants in collective activities',
    },
    'collective_activity',
  ),
  activitiesOf(
    'collective_sessions',
    { nl: 'Collectieve sessies', fr: 'Sessions collectives', en: 'Collective sessions' },
    'collective_activity',
    'sessions',
  ),
  contactsOf(
    'event_reached',
    {
      nl: 'Bereikt op beurzen en evenementen',
      fr: 'Personnes touchées lors de salons et événements',
      en: 'People reached at fairs and events',
    },
    'event',
  ),
  activitiesOf(
    'events_count',
    { nl: 'Beurzen en evenementen', fr: 'Salons et événements', en: 'Fairs and events' },
    'event',
    'activities',
  ),
  contactsOf(
    'outreach_reached',
    {
      nl: 'Bereikt via mobiele werking',
      fr: 'Personnes touchées par les actions de proximité',
      en: 'People reached through outreach',
    },
    'outreach',
  ),
  activitiesOf(
    'outreach_trips',
    { nl: 'Mobiele acties', fr: 'Sorties de proximité', en: 'Outreach trips' },
    'outreach',
    'trips',
  ),
  {
    code: 'activities_held',
    labels: { nl: 'Gehouden activiteiten', fr: 'Activités tenues', en: 'Activities held' },
    unit: 'activities',
    source: 'activities',
    measure: 'count',
    filters: [{ field: 'status', values: ['held'] }],
    breakdowns: [
      'kind',
      'category',
      'language',
      'theme',
      'location',
      'municipality',
      'year',
      'quarter',
      'month',
    ],
    builtIn: true,
  },
  {
    code: 'survey_responses',
    labels: {
      nl: 'Antwoorden op de bezoekersvragenlijst',
      fr: 'Réponses au questionnaire visiteurs',
      en: 'Visitor questionnaire responses',
    },
    unit: 'responses',
    source: 'survey_answers',
    measure: 'count_distinct',
    distinctField: 'response',
    filters: [{ field: 'survey', values: ['visitor_profile'] }],
    breakdowns: ['language', 'channel', 'year', 'quarter', 'month'],
    builtIn: true,
  },
];

export function builtInIndicator(code: string): Indicator | undefined {
  return BUILT_IN_INDICATORS.find((indicator) => indicator.code === code);
}
