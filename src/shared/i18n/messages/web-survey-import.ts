import { defineMessages } from '../define.ts';

/** The questionnaire answers import page. */
export const webSurveyImportMessages = defineMessages({
  'surveyImport.title': {
    en: 'Import answers',
    nl: 'Antwoorden importeren',
    fr: 'Importer des réponses',
  },
});
