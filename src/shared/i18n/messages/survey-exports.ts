import { defineMessages } from '../define.ts';

/**
 * Questionnaire exports written by the server: the aggregated results (CSV and XLSX, with
 * small-cell suppression) and the raw answers (org admins only).
 */
export const surveyExportMessages = defineMessages({
  'surveyExport.workbookTitle': {
    en: '{title}: results',
    nl: '{title}: resultaten',
    fr: '{title} : résultats',
  },
  'surveyExport.table.about': { en: 'About', nl: 'Over deze export', fr: 'À propos' },
  'surveyExport.table.months': {
    en: 'Responses per month',
    nl: 'Antwoorden per maand',
    fr: 'Réponses par mois',
  },
  'surveyExport.table.crossTable': {
    en: 'Cross-table {rows} × {columns}',
    nl: 'Kruistabel {rows} × {columns}',
    fr: 'Tableau croisé {rows} × {columns}',
  },
  'surveyExport.table.raw': { en: 'Answers', nl: 'Antwoorden', fr: 'Réponses' },
  'surveyExport.column.field': { en: 'Field', nl: 'Veld', fr: 'Champ' },
  'surveyExport.column.value': { en: 'Value', nl: 'Waarde', fr: 'Valeur' },
  'surveyExport.column.month': { en: 'Month', nl: 'Maand', fr: 'Mois' },
  'surveyExport.column.count': { en: 'Count', nl: 'Aantal', fr: 'Nombre' },
  'surveyExport.column.share': { en: 'Share (%)', nl: 'Aandeel (%)', fr: 'Part (%)' },
  'surveyExport.column.total': { en: 'Total', nl: 'Totaal', fr: 'Total' },
  'surveyExport.crossHeader': {
    en: '{rows} (rows) × {columns} (columns)',
    nl: '{rows} (rijen) × {columns} (kolommen)',
    fr: '{rows} (lignes) × {columns} (colonnes)',
  },
  'surveyExport.row.questionnaire': { en: 'Questionnaire', nl: 'Vragenlijst', fr: 'Questionnaire' },
  'surveyExport.row.period': { en: 'Period', nl: 'Periode', fr: 'Période' },
  'surveyExport.row.filter': { en: 'Filter', nl: 'Filter', fr: 'Filtre' },
  'surveyExport.row.channel': { en: 'Channel', nl: 'Kanaal', fr: 'Canal' },
  'surveyExport.row.threshold': {
    en: 'Small-cell threshold',
    nl: 'Drempel voor kleine aantallen',
    fr: 'Seuil des petits effectifs',
  },
  'surveyExport.row.responses': { en: 'Responses', nl: 'Antwoorden', fr: 'Réponses' },
  'surveyExport.row.answered': { en: 'Answered', nl: 'Beantwoord', fr: 'Ont répondu' },
  'surveyExport.row.mean': { en: 'Mean', nl: 'Gemiddelde', fr: 'Moyenne' },
  'surveyExport.row.median': { en: 'Median', nl: 'Mediaan', fr: 'Médiane' },
  'surveyExport.row.created': { en: 'Exported on', nl: 'Geëxporteerd op', fr: 'Exporté le' },
  'surveyExport.row.total': { en: 'Total', nl: 'Totaal', fr: 'Total' },
  'surveyExport.value.allPeriods': {
    en: 'All responses',
    nl: 'Alle antwoorden',
    fr: 'Toutes les réponses',
  },
  'surveyExport.value.period': {
    en: '{from} to {to}',
    nl: '{from} tot {to}',
    fr: 'du {from} au {to}',
  },
  'surveyExport.value.since': { en: 'from {from}', nl: 'vanaf {from}', fr: 'depuis le {from}' },
  'surveyExport.value.until': { en: 'until {to}', nl: 'tot {to}', fr: 'jusqu’au {to}' },
  'surveyExport.value.none': { en: 'None', nl: 'Geen', fr: 'Aucun' },
  'surveyExport.value.allChannels': {
    en: 'All channels',
    nl: 'Alle kanalen',
    fr: 'Tous les canaux',
  },
  'surveyExport.raw.number': { en: 'No.', nl: 'Nr.', fr: 'N°' },
  'surveyExport.raw.submittedHour': {
    en: 'Submitted (hour)',
    nl: 'Ingediend (uur)',
    fr: 'Envoyé (heure)',
  },
  'surveyExport.raw.version': { en: 'Version', nl: 'Versie', fr: 'Version' },
  'surveyExport.raw.channel': { en: 'Channel', nl: 'Kanaal', fr: 'Canal' },
  'surveyExport.raw.language': { en: 'Language', nl: 'Taal', fr: 'Langue' },
  'surveyExport.fileName.results': {
    en: '{survey}-results-{period}',
    nl: '{survey}-resultaten-{period}',
    fr: '{survey}-resultats-{period}',
  },
  'surveyExport.fileName.answers': {
    en: '{survey}-answers-{period}',
    nl: '{survey}-antwoorden-{period}',
    fr: '{survey}-reponses-{period}',
  },
});
