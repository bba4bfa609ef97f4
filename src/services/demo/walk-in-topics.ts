import type { Theme } from '../../core/reference/themes.ts';

/** A collective session the walk-in centre runs, with its title in the languages it is given in. */
export interface SessionTopic {
  kind: string;
  theme: Theme;
  /** Relative frequency. */
  weight: number;
  titles: { fr: string; nl: string; en: string; uk?: string };
  partner?: string;
}

/** Typical attendance, capacity and length in minutes, by session kind. */
export const SESSION_KINDS: Record<
  string,
  { attendance: number; capacity: number; minutes: number }
> = {
  workshop: { attendance: 12, capacity: 15, minutes: 150 },
  info_session: { attendance: 22, capacity: 30, minutes: 90 },
  vr_orientation: { attendance: 8, capacity: 10, minutes: 60 },
  expert_talk: { attendance: 30, capacity: 40, minutes: 90 },
  job_day: { attendance: 60, capacity: 80, minutes: 240 },
  visit: { attendance: 14, capacity: 20, minutes: 180 },
};

export const SESSION_TOPICS: readonly SessionTopic[] = [
  {
    kind: 'workshop',
    theme: 'work',
    weight: 12,
    titles: {
      fr: 'Atelier CV et lettre de motivation',
      nl: 'Workshop cv en motivatiebrief',
      en: 'CV and cover letter workshop',
      uk: 'Майстерня: резюме та мотиваційний лист',
    },
  },
  {
    kind: 'workshop',
    theme: 'work',
    weight: 8,
    titles: {
      fr: 'Préparer un entretien d’embauche',
      nl: 'Een sollicitatiegesprek voorbereiden',
      en: 'Preparing a job interview',
    },
  },
  {
    kind: 'workshop',
    theme: 'learn',
    weight: 7,
    titles: {
      fr: 'Trouver une formation à Bruxelles',
      nl: 'Een opleiding vinden in Brussel',
      en: 'Finding a training course in Brussels',
    },
    partner: 'Bruxelles Formation',
  },
  {
    kind: 'workshop',
    theme: 'choose',
    weight: 7,
    titles: {
      fr: 'Faire le point sur ses compétences',
      nl: 'Je competenties in kaart brengen',
      en: 'Taking stock of your skills',
    },
  },
  {
    kind: 'workshop',
    theme: 'start_business',
    weight: 3,
    titles: {
      fr: 'Tester son idée d’entreprise',
      nl: 'Je ondernemingsidee testen',
      en: 'Testing your business idea',
    },
    partner: 'hub.brussels',
  },
  {
    kind: 'info_session',
    theme: 'learn',
    weight: 8,
    titles: {
      fr: 'Faire reconnaître son diplôme étranger',
      nl: 'Je buitenlands diploma laten erkennen',
      en: 'Getting a foreign diploma recognised',
      uk: 'Визнання іноземного диплома',
    },
  },
  {
    kind: 'info_session',
    theme: 'move',
    weight: 5,
    titles: {
      fr: 'Étudier, travailler, faire du volontariat en Europe',
      nl: 'Studeren, werken en vrijwilligen in Europa',
      en: 'Studying, working and volunteering in Europe',
    },
    partner: 'Eurodesk',
  },
  {
    kind: 'info_session',
    theme: 'work',
    weight: 7,
    titles: {
      fr: 'Les métiers en pénurie à Bruxelles',
      nl: 'Knelpuntberoepen in Brussel',
      en: 'Shortage occupations in Brussels',
      uk: 'Робота в Брюсселі: дефіцитні професії',
    },
    partner: 'Actiris',
  },
  {
    kind: 'info_session',
    theme: 'learn',
    weight: 5,
    titles: {
      fr: 'Apprendre le néerlandais pour travailler',
      nl: 'Nederlands leren voor je job',
      en: 'Learning Dutch for work',
      uk: 'Вивчення нідерландської для роботи',
    },
    partner: 'Huis van het Nederlands',
  },
  {
    kind: 'vr_orientation',
    theme: 'choose',
    weight: 8,
    titles: {
      fr: 'Découvrir des métiers en réalité virtuelle',
      nl: 'Beroepen ontdekken in virtual reality',
      en: 'Discovering occupations in virtual reality',
    },
  },
  {
    kind: 'expert_talk',
    theme: 'start_business',
    weight: 3,
    titles: {
      fr: 'Devenir indépendant : les premières démarches',
      nl: 'Zelfstandige worden: de eerste stappen',
      en: 'Becoming self-employed: first steps',
    },
    partner: 'hub.brussels',
  },
  {
    kind: 'expert_talk',
    theme: 'work',
    weight: 4,
    titles: {
      fr: 'Les métiers du numérique',
      nl: 'Digitale beroepen',
      en: 'Careers in digital',
    },
  },
  {
    kind: 'job_day',
    theme: 'work',
    weight: 3,
    titles: {
      fr: 'Job day logistique et transport',
      nl: 'Jobdag logistiek en transport',
      en: 'Logistics and transport job day',
    },
    partner: 'Actiris',
  },
  {
    kind: 'job_day',
    theme: 'work',
    weight: 2,
    titles: {
      fr: 'Job day horeca et tourisme',
      nl: 'Jobdag horeca en toerisme',
      en: 'Hospitality and tourism job day',
    },
    partner: 'Horeca Be Pro',
  },
  {
    kind: 'visit',
    theme: 'learn',
    weight: 4,
    titles: {
      fr: 'Visite d’un centre de formation',
      nl: 'Bezoek aan een opleidingscentrum',
      en: 'Visit to a training centre',
    },
    partner: 'Bruxelles Formation',
  },
  {
    kind: 'visit',
    theme: 'work',
    weight: 3,
    titles: { fr: 'Visite d’entreprise', nl: 'Bedrijfsbezoek', en: 'Company visit' },
  },
];
