import { defineMessages } from '../define.ts';

/**
 * Web: the annual report page and its narrative editor. `reports.controls.*`, `reports.download.*`
 * and `reports.narrative.*` speak the UI language; every other key is read in the report's
 * language (the page translates it with that language, not the UI's).
 */
export const webReportMessages = defineMessages({
  // Controls (UI language)
  'reports.intro': {
    en: 'The organisation’s figures for one year, in the language of your choice. Print it or download it as PDF, Excel, JSON or HTML.',
    nl: 'De cijfers van de organisatie voor één jaar, in de taal van uw keuze. Druk het af of download het als pdf, Excel, JSON of HTML.',
    fr: 'Les chiffres de l’organisation pour une année, dans la langue de votre choix. Imprimez-le ou téléchargez-le en PDF, Excel, JSON ou HTML.',
  },
  'reports.controls.loading': {
    en: 'Preparing the annual report {year}…',
    nl: 'Het jaarrapport {year} wordt opgesteld…',
    fr: 'Préparation du rapport annuel {year}…',
  },
  'reports.controls.failed': {
    en: 'The annual report {year} could not be prepared. Nothing was changed: try again.',
    nl: 'Het jaarrapport {year} kon niet worden opgesteld. Er is niets gewijzigd: probeer het opnieuw.',
    fr: 'Le rapport annuel {year} n’a pas pu être préparé. Rien n’a été modifié : réessayez.',
  },
  'reports.controls.title': { en: 'Edition', nl: 'Editie', fr: 'Édition' },
  'reports.controls.year': { en: 'Year', nl: 'Jaar', fr: 'Année' },
  'reports.controls.language': {
    en: 'Language of the report',
    nl: 'Taal van het rapport',
    fr: 'Langue du rapport',
  },
  'reports.controls.language.hint': {
    en: 'The report’s contents; this page’s buttons stay in your language.',
    nl: 'De inhoud van het rapport; de knoppen van deze pagina blijven in uw taal.',
    fr: 'Le contenu du rapport ; les boutons de cette page restent dans votre langue.',
  },
  'reports.controls.print': { en: 'Print', nl: 'Afdrukken', fr: 'Imprimer' },
  'reports.download.title': { en: 'Download', nl: 'Downloaden', fr: 'Télécharger' },
  'reports.download.pdf': { en: 'PDF', nl: 'PDF', fr: 'PDF' },
  'reports.download.xlsx': { en: 'Excel (XLSX)', nl: 'Excel (XLSX)', fr: 'Excel (XLSX)' },
  'reports.download.json': { en: 'JSON', nl: 'JSON', fr: 'JSON' },
  'reports.download.html': { en: 'Web page (HTML)', nl: 'Webpagina (HTML)', fr: 'Page web (HTML)' },
  'reports.download.link': {
    en: 'Annual report {year} as {format}',
    nl: 'Jaarrapport {year} als {format}',
    fr: 'Rapport annuel {year} en {format}',
  },

  // Narrative editor (UI language)
  'reports.narrative.edit': { en: 'Edit text', nl: 'Tekst bewerken', fr: 'Modifier le texte' },
  'reports.narrative.write': { en: 'Write a text', nl: 'Tekst schrijven', fr: 'Écrire un texte' },
  'reports.narrative.label': {
    en: 'Text for “{section}” ({language}, {year})',
    nl: 'Tekst bij “{section}” ({language}, {year})',
    fr: 'Texte pour « {section} » ({language}, {year})',
  },
  'reports.narrative.hint': {
    en: 'Kept for this edition and language. Leave empty to remove the text. At most 20,000 characters; a blank line starts a new paragraph.',
    nl: 'Bewaard voor deze editie en taal. Laat leeg om de tekst te verwijderen. Hoogstens 20.000 tekens; een lege regel begint een nieuwe alinea.',
    fr: 'Conservé pour cette édition et cette langue. Laissez vide pour supprimer le texte. 20 000 caractères au plus ; une ligne vide commence un nouveau paragraphe.',
  },
  'reports.narrative.save': { en: 'Save text', nl: 'Tekst opslaan', fr: 'Enregistrer le texte' },
  'reports.narrative.saved': {
    en: 'Text for “{section}” saved.',
    nl: 'Tekst bij “{section}” opgeslagen.',
    fr: 'Texte pour « {section} » enregistré.',
  },
  'reports.narrative.removed': {
    en: 'Text for “{section}” removed.',
    nl: 'Tekst bij “{section}” verwijderd.',
    fr: 'Texte pour « {section} » supprimé.',
  },

  // The report (report language)
  'reports.title': {
    en: 'Annual report {year}',
    nl: 'Jaarrapport {year}',
    fr: 'Rapport annuel {year}',
  },
  'reports.generated': {
    en: 'Figures as of {date}',
    nl: 'Cijfers op {date}',
    fr: 'Chiffres au {date}',
  },
  'reports.empty': {
    en: 'No data for {year}: no contacts, activities or questionnaire answers were recorded in that year.',
    nl: 'Geen gegevens voor {year}: in dat jaar zijn geen contacten, activiteiten of antwoorden op de vragenlijst geregistreerd.',
    fr: 'Aucune donnée pour {year} : aucun contact, aucune activité ni aucune réponse au questionnaire n’a été enregistré cette année-là.',
  },
  'reports.section.introduction': { en: 'Introduction', nl: 'Inleiding', fr: 'Introduction' },
  'reports.section.contacts': { en: 'Contacts', nl: 'Contacten', fr: 'Contacts' },
  'reports.section.collective_activities': {
    en: 'Collective activities',
    nl: 'Collectieve activiteiten',
    fr: 'Activités collectives',
  },
  'reports.section.events_outreach': {
    en: 'Fairs, events and outreach',
    nl: 'Beurzen, evenementen en mobiele werking',
    fr: 'Salons, événements et actions de proximité',
  },
  'reports.section.target_groups': {
    en: 'Target groups',
    nl: 'Doelgroepen',
    fr: 'Publics cibles',
  },
  'reports.section.survey': {
    en: 'Visitor profile',
    nl: 'Profiel van de bezoekers',
    fr: 'Profil des visiteurs',
  },
  'reports.section.programmes': {
    en: 'Programmes and targets',
    nl: 'Programma’s en doelstellingen',
    fr: 'Programmes et objectifs',
  },
  'reports.keyFigures': { en: 'Key figures', nl: 'Kerncijfers', fr: 'Chiffres clés' },
  'reports.change': {
    en: '{change} ({percent}) compared with {year}',
    nl: '{change} ({percent}) tegenover {year}',
    fr: '{change} ({percent}) par rapport à {year}',
  },
  'reports.change.none': {
    en: '— no figures for {year} to compare with',
    nl: '— geen cijfers van {year} om mee te vergelijken',
    fr: '— pas de chiffres de {year} pour comparer',
  },
  'reports.noPercent': { en: '—', nl: '—', fr: '—' },
  'reports.notRecorded': { en: 'Not recorded', nl: 'Niet geregistreerd', fr: 'Non renseigné' },
  'reports.total': { en: 'Total', nl: 'Totaal', fr: 'Total' },
  'reports.none': {
    en: 'Nothing recorded.',
    nl: 'Niets geregistreerd.',
    fr: 'Rien n’a été enregistré.',
  },
  'reports.chart': {
    en: 'Chart, {title}: {items}',
    nl: 'Grafiek, {title}: {items}',
    fr: 'Graphique, {title} : {items}',
  },
  'reports.column.count': { en: 'Number', nl: 'Aantal', fr: 'Nombre' },
  'reports.column.share': { en: 'Share', nl: 'Aandeel', fr: 'Part' },
  'reports.contacts.total': {
    en: 'Contacts in {year}',
    nl: 'Contacten in {year}',
    fr: 'Contacts en {year}',
  },
  'reports.contacts.byType': {
    en: 'Contacts by type',
    nl: 'Contacten per type',
    fr: 'Contacts par type',
  },
  'reports.contacts.byTheme': {
    en: 'Contacts by theme',
    nl: 'Contacten per thema',
    fr: 'Contacts par thème',
  },
  'reports.contacts.byLanguage': {
    en: 'Contacts by language',
    nl: 'Contacten per taal',
    fr: 'Contacts par langue',
  },
  'reports.contacts.byMonth': {
    en: 'Contacts by month',
    nl: 'Contacten per maand',
    fr: 'Contacts par mois',
  },
  'reports.column.type': { en: 'Type', nl: 'Type', fr: 'Type' },
  'reports.column.theme': { en: 'Theme', nl: 'Thema', fr: 'Thème' },
  'reports.column.language': { en: 'Language', nl: 'Taal', fr: 'Langue' },
  'reports.column.month': { en: 'Month', nl: 'Maand', fr: 'Mois' },
  'reports.column.targetGroup': { en: 'Target group', nl: 'Doelgroep', fr: 'Public cible' },
  'reports.collective.participants': {
    en: 'Participants',
    nl: 'Deelnemers',
    fr: 'Participants',
  },
  'reports.collective.sessions': { en: 'Sessions', nl: 'Sessies', fr: 'Séances' },
  'reports.collective.byLanguage': {
    en: 'Participants by language of the session',
    nl: 'Deelnemers per taal van de sessie',
    fr: 'Participants par langue de la séance',
  },
  'reports.events.count': {
    en: 'Fairs and events',
    nl: 'Beurzen en evenementen',
    fr: 'Salons et événements',
  },
  'reports.events.reached': {
    en: 'People reached at fairs and events',
    nl: 'Bereikt op beurzen en evenementen',
    fr: 'Personnes touchées lors de salons et d’événements',
  },
  'reports.outreach.trips': {
    en: 'Outreach trips',
    nl: 'Mobiele acties',
    fr: 'Sorties de proximité',
  },
  'reports.outreach.reached': {
    en: 'People reached by outreach',
    nl: 'Bereikt via mobiele werking',
    fr: 'Personnes touchées par les actions de proximité',
  },
  'reports.targetGroups.table': {
    en: 'Contacts by target group',
    nl: 'Contacten per doelgroep',
    fr: 'Contacts par public cible',
  },
  'reports.survey.responses': {
    en: 'Questionnaires answered',
    nl: 'Ingevulde vragenlijsten',
    fr: 'Questionnaires remplis',
  },
  'reports.survey.answered': { en: 'Answered', nl: 'Beantwoord', fr: 'Ont répondu' },
  'reports.survey.option': { en: 'Answer', nl: 'Antwoord', fr: 'Réponse' },
  'reports.survey.suppressed': {
    en: 'hidden (small number)',
    nl: 'verborgen (klein aantal)',
    fr: 'masqué (petit nombre)',
  },
  'reports.survey.note': {
    en: '“< {threshold}”: hidden because fewer than {threshold} people gave this answer, or because showing it would reveal such a small number (small-cell threshold {threshold}). Shares are of those who answered the question.',
    nl: '“< {threshold}”: verborgen omdat minder dan {threshold} mensen dit antwoord gaven, of omdat het tonen zo’n klein aantal zou verraden (drempel voor kleine aantallen: {threshold}). Aandelen gelden voor wie de vraag beantwoordde.',
    fr: '« < {threshold} » : masqué parce que moins de {threshold} personnes ont donné cette réponse, ou parce que l’afficher révélerait un si petit nombre (seuil des petits effectifs : {threshold}). Les parts portent sur les personnes ayant répondu à la question.',
  },
  'reports.survey.noQuestions': {
    en: 'No questionnaire answers in this year.',
    nl: 'Geen antwoorden op de vragenlijst in dit jaar.',
    fr: 'Aucune réponse au questionnaire cette année.',
  },
  'reports.programmes.none': {
    en: 'No programme targets.',
    nl: 'Geen programmadoelstellingen.',
    fr: 'Aucun objectif de programme.',
  },
  'reports.programmes.rule': {
    en: 'Status: met once the actual reaches the target; otherwise behind once the deadline has passed; on track when the forecast (the pace so far, continued to the deadline) reaches the target; at risk when it falls short by less than 10%; behind otherwise.',
    nl: 'Status: behaald zodra het resultaat de doelstelling bereikt; anders achter zodra de streefdatum voorbij is; op schema als de prognose (het tempo tot nu, doorgetrokken tot de streefdatum) de doelstelling haalt; in gevaar als ze minder dan 10% tekortschiet; anders achter.',
    fr: 'Statut : atteint dès que le réalisé atteint l’objectif ; sinon en retard une fois l’échéance passée ; en bonne voie quand la prévision (le rythme actuel prolongé jusqu’à l’échéance) atteint l’objectif ; à risque quand elle manque l’objectif de moins de 10 % ; en retard sinon.',
  },
  'reports.column.indicator': { en: 'Indicator', nl: 'Indicator', fr: 'Indicateur' },
  'reports.column.partner': { en: 'Partner', nl: 'Partner', fr: 'Partenaire' },
  'reports.column.target': { en: 'Target', nl: 'Doelstelling', fr: 'Objectif' },
  'reports.column.actual': { en: 'Actual', nl: 'Resultaat', fr: 'Réalisé' },
  'reports.column.done': {
    en: 'Done / time elapsed',
    nl: 'Gerealiseerd / tijd verstreken',
    fr: 'Réalisé / temps écoulé',
  },
  'reports.column.forecast': { en: 'Forecast', nl: 'Prognose', fr: 'Prévision' },
  'reports.column.deadline': { en: 'Deadline', nl: 'Streefdatum', fr: 'Échéance' },
  'reports.column.status': { en: 'Status', nl: 'Status', fr: 'Statut' },
  'reports.programmes.whole': {
    en: 'Whole programme',
    nl: 'Heel het programma',
    fr: 'Tout le programme',
  },
  'reports.status.met': { en: 'Met', nl: 'Behaald', fr: 'Atteint' },
  'reports.status.on_track': { en: 'On track', nl: 'Op schema', fr: 'En bonne voie' },
  'reports.status.at_risk': { en: 'At risk', nl: 'In gevaar', fr: 'À risque' },
  'reports.status.behind': { en: 'Behind', nl: 'Achter', fr: 'En retard' },
});
