import { defineMessages } from '../define.ts';

/** The annual report's HTML page and PDF: headings, captions, chart texts. */
export const reportRenderMessages = defineMessages({
  'reportRender.title': {
    en: 'Annual report {year}',
    nl: 'Jaarverslag {year}',
    fr: 'Rapport annuel {year}',
  },
  'reportRender.documentTitle': {
    en: '{organisation}: annual report {year}',
    nl: '{organisation}: jaarverslag {year}',
    fr: '{organisation} : rapport annuel {year}',
  },
  'reportRender.generatedOn': {
    en: 'Generated on {date} from the data recorded in Parcours.',
    nl: 'Aangemaakt op {date} uit de gegevens die in Parcours zijn geregistreerd.',
    fr: 'Généré le {date} à partir des données enregistrées dans Parcours.',
  },
  'reportRender.empty': {
    en: 'No data for this year: no contacts, activities or questionnaire answers were recorded in {year}.',
    nl: 'Geen gegevens voor dit jaar: in {year} werden geen contacten, activiteiten of antwoorden op de vragenlijst geregistreerd.',
    fr: 'Aucune donnée pour cette année : aucun contact, aucune activité ni aucune réponse au questionnaire n’a été enregistré en {year}.',
  },
  'reportRender.emptySection': {
    en: 'No data for this year.',
    nl: 'Geen gegevens voor dit jaar.',
    fr: 'Aucune donnée pour cette année.',
  },
  'reportRender.nothing': { en: 'No data.', nl: 'Geen gegevens.', fr: 'Aucune donnée.' },
  'reportRender.pageOf': {
    en: 'Page {page} of {pages}',
    nl: 'Pagina {page} van {pages}',
    fr: 'Page {page} sur {pages}',
  },
  'reportRender.chart.bar': {
    en: 'Bar chart: {title}. {data}',
    nl: 'Staafdiagram: {title}. {data}',
    fr: 'Graphique en barres : {title}. {data}',
  },
  'reportRender.chart.column': {
    en: 'Column chart: {title}. {data}',
    nl: 'Kolomdiagram: {title}. {data}',
    fr: 'Histogramme : {title}. {data}',
  },

  'reportRender.section.introduction': { en: 'Introduction', nl: 'Inleiding', fr: 'Introduction' },
  'reportRender.section.keyFigures': { en: 'Key figures', nl: 'Kerncijfers', fr: 'Chiffres clés' },
  'reportRender.section.contacts': { en: 'Contacts', nl: 'Contacten', fr: 'Contacts' },
  'reportRender.section.months': {
    en: 'Contacts per month',
    nl: 'Contacten per maand',
    fr: 'Contacts par mois',
  },
  'reportRender.section.collective': {
    en: 'Collective activities',
    nl: 'Collectieve activiteiten',
    fr: 'Activités collectives',
  },
  'reportRender.section.eventsOutreach': {
    en: 'Fairs, events and outreach',
    nl: 'Beurzen, evenementen en mobiele werking',
    fr: 'Salons, événements et actions de proximité',
  },
  'reportRender.section.targetGroups': {
    en: 'Target groups',
    nl: 'Doelgroepen',
    fr: 'Publics cibles',
  },
  'reportRender.section.survey': {
    en: 'Visitor profile',
    nl: 'Bezoekersprofiel',
    fr: 'Profil des visiteurs',
  },
  'reportRender.section.programmes': {
    en: 'Programme targets',
    nl: 'Programmadoelstellingen',
    fr: 'Objectifs des programmes',
  },

  'reportRender.column.figure': { en: 'Figure', nl: 'Cijfer', fr: 'Chiffre' },
  'reportRender.column.change': { en: 'Change', nl: 'Verschil', fr: 'Évolution' },
  'reportRender.column.changePercent': {
    en: 'Change (%)',
    nl: 'Verschil (%)',
    fr: 'Évolution (%)',
  },
  'reportRender.column.type': { en: 'Type', nl: 'Type', fr: 'Type' },
  'reportRender.column.theme': { en: 'Theme', nl: 'Thema', fr: 'Thème' },
  'reportRender.column.language': { en: 'Language', nl: 'Taal', fr: 'Langue' },
  'reportRender.column.month': { en: 'Month', nl: 'Maand', fr: 'Mois' },
  'reportRender.column.count': { en: 'Number', nl: 'Aantal', fr: 'Nombre' },
  'reportRender.column.share': { en: 'Share', nl: 'Aandeel', fr: 'Part' },
  'reportRender.column.tag': { en: 'Target group', nl: 'Doelgroep', fr: 'Public cible' },
  'reportRender.column.activity': { en: 'Activity', nl: 'Activiteit', fr: 'Activité' },
  'reportRender.column.reached': {
    en: 'People reached',
    nl: 'Bereikte personen',
    fr: 'Personnes atteintes',
  },
  'reportRender.column.option': { en: 'Answer', nl: 'Antwoord', fr: 'Réponse' },
  'reportRender.column.indicator': { en: 'Indicator', nl: 'Indicator', fr: 'Indicateur' },
  'reportRender.column.partner': { en: 'Partner', nl: 'Partner', fr: 'Partenaire' },
  'reportRender.column.target': { en: 'Target', nl: 'Doel', fr: 'Objectif' },
  'reportRender.column.actual': { en: 'Actual', nl: 'Gerealiseerd', fr: 'Réalisé' },
  'reportRender.column.shareDone': { en: 'Done', nl: 'Behaald', fr: 'Atteint' },
  'reportRender.column.shareElapsed': {
    en: 'Time elapsed',
    nl: 'Verstreken tijd',
    fr: 'Temps écoulé',
  },
  'reportRender.column.forecast': { en: 'Forecast', nl: 'Prognose', fr: 'Prévision' },
  'reportRender.column.deadline': { en: 'Deadline', nl: 'Streefdatum', fr: 'Échéance' },
  'reportRender.column.status': { en: 'Status', nl: 'Status', fr: 'Statut' },

  'reportRender.keyFigures.caption': {
    en: 'Key figures {year} compared with {previous}',
    nl: 'Kerncijfers {year} vergeleken met {previous}',
    fr: 'Chiffres clés {year} comparés à {previous}',
  },
  'reportRender.keyFigures.detail': {
    en: '{change} ({percent}) compared with {previous}',
    nl: '{change} ({percent}) ten opzichte van {previous}',
    fr: '{change} ({percent}) par rapport à {previous}',
  },
  'reportRender.keyFigures.noPrevious': {
    en: 'No data for {previous} to compare with',
    nl: 'Geen gegevens van {previous} om mee te vergelijken',
    fr: 'Pas de données de {previous} pour comparer',
  },
  'reportRender.keyFigures.dashNote': {
    en: '— : there is no data for {previous} to compare with.',
    nl: '— : er zijn geen gegevens van {previous} om mee te vergelijken.',
    fr: '— : il n’y a pas de données de {previous} pour comparer.',
  },
  'reportRender.keyFigures.none': {
    en: 'No key figures for this year.',
    nl: 'Geen kerncijfers voor dit jaar.',
    fr: 'Pas de chiffres clés pour cette année.',
  },

  'reportRender.contacts.total': {
    en: '{total} contacts in {year}.',
    nl: '{total} contacten in {year}.',
    fr: '{total} contacts en {year}.',
  },
  'reportRender.contacts.change': {
    en: 'That is {change} ({percent}) compared with {previous}, when there were {previousTotal}.',
    nl: 'Dat is {change} ({percent}) ten opzichte van {previous}, toen er {previousTotal} waren.',
    fr: 'Soit {change} ({percent}) par rapport à {previous}, qui en comptait {previousTotal}.',
  },
  'reportRender.contacts.byType': {
    en: 'Contacts by type',
    nl: 'Contacten per type',
    fr: 'Contacts par type',
  },
  'reportRender.contacts.byTheme': {
    en: 'Contacts by theme',
    nl: 'Contacten per thema',
    fr: 'Contacts par thème',
  },
  'reportRender.contacts.byLanguage': {
    en: 'Contacts by language of service',
    nl: 'Contacten per taal van de dienstverlening',
    fr: 'Contacts par langue du service',
  },
  'reportRender.contacts.byMonth': {
    en: 'Contacts per month in {year}',
    nl: 'Contacten per maand in {year}',
    fr: 'Contacts par mois en {year}',
  },

  'reportRender.collective.figures': {
    en: 'Collective activities in figures',
    nl: 'Collectieve activiteiten in cijfers',
    fr: 'Les activités collectives en chiffres',
  },
  'reportRender.collective.participants': {
    en: 'Participants',
    nl: 'Deelnemers',
    fr: 'Participants',
  },
  'reportRender.collective.sessions': { en: 'Sessions', nl: 'Sessies', fr: 'Séances' },
  'reportRender.collective.byLanguage': {
    en: 'Participants per language of the session',
    nl: 'Deelnemers per taal van de sessie',
    fr: 'Participants par langue de la séance',
  },

  'reportRender.events.caption': {
    en: 'Fairs, events and outreach trips',
    nl: 'Beurzen, evenementen en mobiele acties',
    fr: 'Salons, événements et sorties de proximité',
  },
  'reportRender.events.number': { en: 'Number held', nl: 'Aantal', fr: 'Nombre' },
  'reportRender.events.events': {
    en: 'Fairs and events',
    nl: 'Beurzen en evenementen',
    fr: 'Salons et événements',
  },
  'reportRender.events.outreach': {
    en: 'Outreach trips',
    nl: 'Mobiele acties',
    fr: 'Sorties de proximité',
  },

  'reportRender.targetGroups.caption': {
    en: 'Contacts per target group',
    nl: 'Contacten per doelgroep',
    fr: 'Contacts par public cible',
  },

  'reportRender.survey.responses': {
    en: '{count, plural, one {{responses} visitor answered} other {{responses} visitors answered}} the anonymous questionnaire in {year}.',
    nl: '{count, plural, one {{responses} bezoeker vulde} other {{responses} bezoekers vulden}} in {year} de anonieme vragenlijst in.',
    fr: '{count, plural, one {{responses} visiteur a répondu} other {{responses} visiteurs ont répondu}} au questionnaire anonyme en {year}.',
  },
  'reportRender.survey.answered': {
    en: '{question} ({answered} answered)',
    nl: '{question} ({answered} antwoorden)',
    fr: '{question} ({answered} réponses)',
  },
  'reportRender.survey.shareNote': {
    en: 'Shares are of the visitors who answered the question.',
    nl: 'De aandelen zijn berekend op de bezoekers die de vraag beantwoordden.',
    fr: 'Les parts sont calculées sur les visiteurs qui ont répondu à la question.',
  },
  'reportRender.survey.suppressedMark': { en: 'hidden', nl: 'verborgen', fr: 'masqué' },
  'reportRender.survey.suppressedNote': {
    en: '* Hidden: fewer than {threshold} answers. Small numbers are not shown, so that no visitor can be recognised.',
    nl: '* Verborgen: minder dan {threshold} antwoorden. Kleine aantallen worden niet getoond, zodat geen enkele bezoeker herkenbaar is.',
    fr: '* Masqué : moins de {threshold} réponses. Les petits nombres ne sont pas affichés, afin qu’aucun visiteur ne soit reconnaissable.',
  },
  'reportRender.survey.none': {
    en: 'No questionnaire answers this year.',
    nl: 'Geen antwoorden op de vragenlijst dit jaar.',
    fr: 'Aucune réponse au questionnaire cette année.',
  },

  'reportRender.programmes.rule': {
    en: 'Status rule: met once the actual reaches the target; otherwise behind once the deadline has passed; on track when the forecast at the deadline reaches the target; at risk when it falls short by less than 10%; behind otherwise.',
    nl: 'Statusregel: behaald zodra het gerealiseerde aantal het doel bereikt; anders achter zodra de streefdatum verstreken is; op schema wanneer de prognose op de streefdatum het doel haalt; risico wanneer ze minder dan 10% tekortschiet; anders achter.',
    fr: 'Règle du statut : atteint dès que le réalisé atteint l’objectif ; sinon en retard une fois l’échéance passée ; en bonne voie quand la prévision à l’échéance atteint l’objectif ; à risque quand elle reste en deçà de moins de 10 % ; en retard sinon.',
  },
  'reportRender.programmes.forecastNote': {
    en: 'Forecast: the actual at the current pace, extended to the deadline. Done: actual as a share of the target. Time elapsed: share of the target’s period gone by at the end of {year}.',
    nl: 'Prognose: het gerealiseerde aantal aan het huidige tempo, doorgetrokken tot de streefdatum. Behaald: gerealiseerd als aandeel van het doel. Verstreken tijd: aandeel van de periode van het doel dat eind {year} voorbij is.',
    fr: 'Prévision : le réalisé au rythme actuel, prolongé jusqu’à l’échéance. Atteint : le réalisé en part de l’objectif. Temps écoulé : part de la période de l’objectif écoulée fin {year}.',
  },
  'reportRender.programmes.caption': {
    en: '{programme}: targets and progress',
    nl: '{programme}: doelen en voortgang',
    fr: '{programme} : objectifs et avancement',
  },
  'reportRender.programmes.wholeProgramme': {
    en: 'Whole programme',
    nl: 'Volledig programma',
    fr: 'Programme entier',
  },
  'reportRender.programmes.none': {
    en: 'No programme targets for this organisation.',
    nl: 'Geen programmadoelstellingen voor deze organisatie.',
    fr: 'Aucun objectif de programme pour cette organisation.',
  },
  'reportRender.programmes.noTargets': {
    en: '{programme}: no targets yet.',
    nl: '{programme}: nog geen doelen.',
    fr: '{programme} : pas encore d’objectifs.',
  },
  'reportRender.status.met': { en: 'Met', nl: 'Behaald', fr: 'Atteint' },
  'reportRender.status.on_track': { en: 'On track', nl: 'Op schema', fr: 'En bonne voie' },
  'reportRender.status.at_risk': { en: 'At risk', nl: 'Risico', fr: 'À risque' },
  'reportRender.status.behind': { en: 'Behind', nl: 'Achter', fr: 'En retard' },
});
