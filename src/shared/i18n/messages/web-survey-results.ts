import { defineMessages } from '../define.ts';

/** The questionnaire results page: tables, charts, cross-tables and exports. */
export const webSurveyResultsMessages = defineMessages({
  'surveyResults.title': { en: 'Results', nl: 'Resultaten', fr: 'Résultats' },
});
