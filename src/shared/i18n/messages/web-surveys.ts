import { defineMessages } from '../define.ts';

/** The questionnaire list, detail, QR code and poster pages. */
export const webSurveyMessages = defineMessages({
  'nav.surveys': { en: 'Questionnaires', nl: 'Vragenlijsten', fr: 'Questionnaires' },
  'surveys.title': { en: 'Questionnaires', nl: 'Vragenlijsten', fr: 'Questionnaires' },
});
