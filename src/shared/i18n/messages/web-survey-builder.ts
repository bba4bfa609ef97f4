import { defineMessages } from '../define.ts';

/** The questionnaire builder. */
export const webSurveyBuilderMessages = defineMessages({
  'surveyBuilder.title': {
    en: 'Edit questionnaire',
    nl: 'Vragenlijst bewerken',
    fr: 'Modifier le questionnaire',
  },
});
