import { defineMessages } from '../define.ts';

/** The questionnaire results page: tables, charts, cross-tables and exports. */
export const webSurveyResultsMessages = defineMessages({
  'surveyResults.title': { en: 'Results', nl: 'Resultaten', fr: 'Résultats' },
  'surveyResults.heading': {
    en: 'Results: {title}',
    nl: 'Resultaten: {title}',
    fr: 'Résultats : {title}',
  },
  'surveyResults.intro': {
    en: 'Anonymous answers, counted per question. Choose a period and filters; the address keeps them, so you can bookmark or share this view.',
    nl: 'Anonieme antwoorden, geteld per vraag. Kies een periode en filters; het adres bewaart ze, zodat u deze weergave kunt bewaren of delen.',
    fr: 'Réponses anonymes, comptées par question. Choisissez une période et des filtres ; l’adresse les garde, vous pouvez donc enregistrer ou partager cette vue.',
  },
  'surveyResults.back': {
    en: 'Back to the questionnaire',
    nl: 'Terug naar de vragenlijst',
    fr: 'Retour au questionnaire',
  },
  'surveyResults.print': { en: 'Print', nl: 'Afdrukken', fr: 'Imprimer' },

  'surveyResults.filters': { en: 'Filters', nl: 'Filters', fr: 'Filtres' },
  'surveyResults.period': { en: 'Period', nl: 'Periode', fr: 'Période' },
  'surveyResults.period.quick': {
    en: 'Quick choice of period',
    nl: 'Snelle keuze van de periode',
    fr: 'Choix rapide de la période',
  },
  'surveyResults.period.all': { en: 'All', nl: 'Alles', fr: 'Tout' },
  'surveyResults.period.thisYear': { en: 'This year', nl: 'Dit jaar', fr: 'Cette année' },
  'surveyResults.period.lastYear': { en: 'Last year', nl: 'Vorig jaar', fr: 'L’année passée' },
  'surveyResults.period.last12Months': {
    en: 'Last 12 months',
    nl: 'Laatste 12 maanden',
    fr: '12 derniers mois',
  },
  'surveyResults.period.from': { en: 'From', nl: 'Van', fr: 'Du' },
  'surveyResults.period.to': { en: 'To', nl: 'Tot en met', fr: 'Au' },
  'surveyResults.period.apply': {
    en: 'Apply the dates',
    nl: 'Data toepassen',
    fr: 'Appliquer les dates',
  },
  'surveyResults.period.allTime': {
    en: 'All responses',
    nl: 'Alle antwoorden',
    fr: 'Toutes les réponses',
  },
  'surveyResults.period.range': {
    en: '{from} – {to}',
    nl: '{from} – {to}',
    fr: 'du {from} au {to}',
  },
  'surveyResults.period.since': { en: 'from {from}', nl: 'vanaf {from}', fr: 'depuis le {from}' },
  'surveyResults.period.until': { en: 'until {to}', nl: 'tot en met {to}', fr: 'jusqu’au {to}' },
  'surveyResults.channel': { en: 'Channel', nl: 'Kanaal', fr: 'Canal' },
  'surveyResults.channel.all': {
    en: 'All channels',
    nl: 'Alle kanalen',
    fr: 'Tous les canaux',
  },
  'surveyResults.answerFilter.title': {
    en: 'Only respondents who answered',
    nl: 'Alleen wie antwoordde',
    fr: 'Seulement les personnes qui ont répondu',
  },
  'surveyResults.answerFilter.hint': {
    en: 'Within one question any ticked answer counts; several questions must all hold.',
    nl: 'Binnen één vraag telt elk aangevinkt antwoord; bij meerdere vragen moeten ze allemaal kloppen.',
    fr: 'Pour une question, chaque réponse cochée compte ; plusieurs questions doivent toutes être remplies.',
  },
  'surveyResults.answerFilter.question': {
    en: 'Filter on the question',
    nl: 'Filteren op de vraag',
    fr: 'Filtrer sur la question',
  },
  'surveyResults.answerFilter.choose': {
    en: 'Choose a question',
    nl: 'Kies een vraag',
    fr: 'Choisissez une question',
  },
  'surveyResults.answerFilter.add': {
    en: 'Add this filter',
    nl: 'Filter toevoegen',
    fr: 'Ajouter ce filtre',
  },
  'surveyResults.answerFilter.pending': {
    en: 'Tick at least one answer to apply this filter.',
    nl: 'Vink minstens één antwoord aan om deze filter toe te passen.',
    fr: 'Cochez au moins une réponse pour appliquer ce filtre.',
  },
  'surveyResults.answerFilter.remove': {
    en: 'Remove this filter',
    nl: 'Filter verwijderen',
    fr: 'Retirer ce filtre',
  },
  'surveyResults.filter.active': {
    en: '{count, plural, =0 {No filter: all responses.} one {# filter applied.} other {# filters applied.}}',
    nl: '{count, plural, =0 {Geen filter: alle antwoorden.} one {# filter actief.} other {# filters actief.}}',
    fr: '{count, plural, =0 {Aucun filtre : toutes les réponses.} one {# filtre appliqué.} other {# filtres appliqués.}}',
  },
  'surveyResults.filter.reset': {
    en: 'Reset the filters',
    nl: 'Filters wissen',
    fr: 'Réinitialiser les filtres',
  },

  'surveyResults.summary': { en: 'Summary', nl: 'Overzicht', fr: 'Résumé' },
  'surveyResults.responses': { en: 'Responses', nl: 'Antwoorden', fr: 'Réponses' },
  'surveyResults.months': {
    en: 'Responses per month',
    nl: 'Antwoorden per maand',
    fr: 'Réponses par mois',
  },
  'surveyResults.month': { en: 'Month', nl: 'Maand', fr: 'Mois' },
  'surveyResults.chart.summary': {
    en: 'Bar chart, {title}: {items}.',
    nl: 'Staafdiagram, {title}: {items}.',
    fr: 'Diagramme en barres, {title} : {items}.',
  },
  'surveyResults.chart.item': {
    en: '{label} {count}',
    nl: '{label} {count}',
    fr: '{label} {count}',
  },
  'surveyResults.table.show': {
    en: 'Show the figures as a table',
    nl: 'Cijfers als tabel tonen',
    fr: 'Afficher les chiffres en tableau',
  },
  'surveyResults.table.hide': {
    en: 'Hide the table',
    nl: 'Tabel verbergen',
    fr: 'Masquer le tableau',
  },
  'surveyResults.suppressed.sr': {
    en: 'hidden to protect anonymity',
    nl: 'verborgen om de anonimiteit te beschermen',
    fr: 'masqué pour protéger l’anonymat',
  },
  'surveyResults.suppressed.title': {
    en: 'Hidden: fewer than {threshold}, or it would reveal a small count',
    nl: 'Verborgen: minder dan {threshold}, of het zou een klein aantal verraden',
    fr: 'Masqué : moins de {threshold}, ou cela révélerait un petit nombre',
  },
  'surveyResults.empty.title': {
    en: 'No responses',
    nl: 'Geen antwoorden',
    fr: 'Aucune réponse',
  },
  'surveyResults.empty.none': {
    en: 'This questionnaire has no responses yet. They appear here as soon as visitors fill it in or answers are imported.',
    nl: 'Deze vragenlijst heeft nog geen antwoorden. Ze verschijnen hier zodra bezoekers ze invullen of antwoorden geïmporteerd worden.',
    fr: 'Ce questionnaire n’a pas encore de réponses. Elles apparaissent ici dès que des visiteurs le remplissent ou que des réponses sont importées.',
  },
  'surveyResults.empty.filtered': {
    en: 'No responses match this period and these filters. Choose a longer period or remove a filter.',
    nl: 'Geen antwoorden voor deze periode en filters. Kies een langere periode of verwijder een filter.',
    fr: 'Aucune réponse pour cette période et ces filtres. Choisissez une période plus longue ou retirez un filtre.',
  },

  'surveyResults.questions': {
    en: 'Answers per question',
    nl: 'Antwoorden per vraag',
    fr: 'Réponses par question',
  },
  'surveyResults.column.option': { en: 'Answer', nl: 'Antwoord', fr: 'Réponse' },
  'surveyResults.column.count': { en: 'Respondents', nl: 'Personen', fr: 'Personnes' },
  'surveyResults.column.share': { en: 'Share', nl: 'Aandeel', fr: 'Part' },
  'surveyResults.answered': { en: 'Answered', nl: 'Beantwoord', fr: 'Ont répondu' },
  'surveyResults.share.note': {
    en: 'Shares are of the respondents who answered this question; “no answer” is shown apart.',
    nl: 'Aandelen zijn berekend op wie deze vraag beantwoordde; “geen antwoord” staat apart.',
    fr: 'Les parts portent sur les personnes qui ont répondu à cette question ; « sans réponse » est indiqué à part.',
  },
  'surveyResults.share.multiple': {
    en: 'Several answers were possible: shares are of the respondents who answered and add up to more than 100 %.',
    nl: 'Meerdere antwoorden waren mogelijk: aandelen zijn berekend op wie antwoordde en tellen op tot meer dan 100 %.',
    fr: 'Plusieurs réponses étaient possibles : les parts portent sur les personnes qui ont répondu et dépassent 100 % au total.',
  },
  'surveyResults.share.hidden': { en: 'hidden', nl: 'verborgen', fr: 'masqué' },
  'surveyResults.number.mean': { en: 'Mean', nl: 'Gemiddelde', fr: 'Moyenne' },
  'surveyResults.number.median': { en: 'Median', nl: 'Mediaan', fr: 'Médiane' },
  'surveyResults.number.hidden': {
    en: 'Hidden (fewer than {threshold} answers).',
    nl: 'Verborgen (minder dan {threshold} antwoorden).',
    fr: 'Masqué (moins de {threshold} réponses).',
  },
  'surveyResults.texts.hidden': {
    en: 'Free-text answers are hidden for groups smaller than {threshold}.',
    nl: 'Vrije antwoorden worden verborgen voor groepen kleiner dan {threshold}.',
    fr: 'Les réponses libres sont masquées pour les groupes de moins de {threshold} personnes.',
  },
  'surveyResults.texts.none': {
    en: 'No free-text answers.',
    nl: 'Geen vrije antwoorden.',
    fr: 'Aucune réponse libre.',
  },

  'surveyResults.cross.title': { en: 'Cross-table', nl: 'Kruistabel', fr: 'Tableau croisé' },
  'surveyResults.cross.intro': {
    en: 'Cross two choice questions: each cell counts the respondents who gave both answers, for the period and filters above.',
    nl: 'Kruis twee keuzevragen: elke cel telt wie beide antwoorden gaf, voor de periode en filters hierboven.',
    fr: 'Croisez deux questions à choix : chaque case compte les personnes qui ont donné les deux réponses, pour la période et les filtres ci-dessus.',
  },
  'surveyResults.cross.rows': { en: 'Rows', nl: 'Rijen', fr: 'Lignes' },
  'surveyResults.cross.columns': { en: 'Columns', nl: 'Kolommen', fr: 'Colonnes' },
  'surveyResults.cross.choose': {
    en: 'Choose a question',
    nl: 'Kies een vraag',
    fr: 'Choisissez une question',
  },
  'surveyResults.cross.none': {
    en: 'Choose two different questions to see their cross-table.',
    nl: 'Kies twee verschillende vragen om hun kruistabel te zien.',
    fr: 'Choisissez deux questions différentes pour voir leur tableau croisé.',
  },
  'surveyResults.cross.caption': {
    en: '{rows} (rows) by {columns} (columns)',
    nl: '{rows} (rijen) per {columns} (kolommen)',
    fr: '{rows} (lignes) par {columns} (colonnes)',
  },
  'surveyResults.cross.total': { en: 'Total', nl: 'Totaal', fr: 'Total' },
  'surveyResults.cross.multiple': {
    en: 'Someone who ticked several answers counts in each of them, so a total may be less than the sum of its cells.',
    nl: 'Wie meerdere antwoorden aanvinkte, telt bij elk ervan mee; een totaal kan dus kleiner zijn dan de som van zijn cellen.',
    fr: 'Une personne qui a coché plusieurs réponses compte dans chacune ; un total peut donc être inférieur à la somme de ses cases.',
  },

  'surveyResults.download.title': { en: 'Download', nl: 'Downloaden', fr: 'Télécharger' },
  'surveyResults.download.intro': {
    en: 'The figures of this view (period and filters), with small counts hidden as on this page.',
    nl: 'De cijfers van deze weergave (periode en filters), met kleine aantallen verborgen zoals op deze pagina.',
    fr: 'Les chiffres de cette vue (période et filtres), avec les petits nombres masqués comme sur cette page.',
  },
  'surveyResults.download.introCross': {
    en: 'The figures of this view (period, filters and the cross-table), with small counts hidden as on this page.',
    nl: 'De cijfers van deze weergave (periode, filters en de kruistabel), met kleine aantallen verborgen zoals op deze pagina.',
    fr: 'Les chiffres de cette vue (période, filtres et tableau croisé), avec les petits nombres masqués comme sur cette page.',
  },
  'surveyResults.download.csvComma': {
    en: 'CSV (comma)',
    nl: 'CSV (komma)',
    fr: 'CSV (virgule)',
  },
  'surveyResults.download.csvSemicolon': {
    en: 'CSV (semicolon, for Excel)',
    nl: 'CSV (puntkomma, voor Excel)',
    fr: 'CSV (point-virgule, pour Excel)',
  },
  'surveyResults.download.xlsx': { en: 'XLSX (Excel)', nl: 'XLSX (Excel)', fr: 'XLSX (Excel)' },
  'surveyResults.download.context': {
    en: 'aggregated results',
    nl: 'geaggregeerde resultaten',
    fr: 'résultats agrégés',
  },
  'surveyResults.raw.title': {
    en: 'Raw answers',
    nl: 'Ruwe antwoorden',
    fr: 'Réponses brutes',
  },
  'surveyResults.raw.intro': {
    en: 'One row per response for the chosen period (the other filters do not apply). Only organisation admins can download them, and every download is logged in the audit log.',
    nl: 'Eén rij per antwoordformulier voor de gekozen periode (de andere filters gelden niet). Alleen beheerders van de organisatie kunnen ze downloaden, en elke download wordt in het auditlogboek bijgehouden.',
    fr: 'Une ligne par questionnaire rempli pour la période choisie (les autres filtres ne s’appliquent pas). Seuls les administrateurs de l’organisation peuvent les télécharger, et chaque téléchargement est consigné dans le journal d’audit.',
  },
  'surveyResults.raw.context': {
    en: 'raw answers, logged',
    nl: 'ruwe antwoorden, gelogd',
    fr: 'réponses brutes, consigné',
  },
});
