import { defineMessages } from '../define.ts';

/**
 * The contacts dashboard (`dashboard.*`) and its CSV/XLSX exports (`export.*`, also used by
 * the server for headers and labels). Table titles stay within Excel's 31 characters.
 */
export const webDashboardMessages = defineMessages({
  'export.notRecorded': { en: 'Not recorded', nl: 'Niet geregistreerd', fr: 'Non renseigné' },
  'export.workbookTitle': {
    en: 'Contacts {from} – {to}',
    nl: 'Contacten {from} – {to}',
    fr: 'Contacts {from} – {to}',
  },
  'export.row.contacts': { en: 'Contacts', nl: 'Contacten', fr: 'Contacts' },
  'export.column.figure': { en: 'Figure', nl: 'Cijfer', fr: 'Indicateur' },
  'export.column.category': { en: 'Category', nl: 'Categorie', fr: 'Catégorie' },
  'export.column.type': { en: 'Type', nl: 'Type', fr: 'Type' },
  'export.column.theme': { en: 'Theme', nl: 'Thema', fr: 'Thème' },
  'export.column.language': { en: 'Language', nl: 'Taal', fr: 'Langue' },
  'export.column.channel': { en: 'Channel', nl: 'Kanaal', fr: 'Canal' },
  'export.column.location': { en: 'Location', nl: 'Locatie', fr: 'Lieu' },
  'export.column.municipality': { en: 'Municipality', nl: 'Gemeente', fr: 'Commune' },
  'export.column.tag': { en: 'Target group', nl: 'Doelgroep', fr: 'Public cible' },
  'export.column.activityKind': {
    en: 'Activity kind',
    nl: 'Activiteitsoort',
    fr: "Type d'activité",
  },
  'export.column.month': { en: 'Month', nl: 'Maand', fr: 'Mois' },
  'export.column.current': { en: 'This period', nl: 'Deze periode', fr: 'Cette période' },
  'export.column.previous': { en: 'A year earlier', nl: 'Een jaar eerder', fr: 'Un an plus tôt' },
  'export.column.change': { en: 'Change', nl: 'Verschil', fr: 'Évolution' },
  'export.column.changePercent': { en: 'Change (%)', nl: 'Verschil (%)', fr: 'Évolution (%)' },
  'export.column.table': { en: 'Table', nl: 'Tabel', fr: 'Tableau' },
  'export.column.item': { en: 'Item', nl: 'Onderdeel', fr: 'Élément' },
  'export.table.summary': { en: 'Contacts', nl: 'Contacten', fr: 'Contacts' },
  'export.table.activities': {
    en: 'Activities by category',
    nl: 'Activiteiten per categorie',
    fr: 'Activités par catégorie',
  },
  'export.table.reached': {
    en: 'People reached by category',
    nl: 'Bereikte personen per categorie',
    fr: 'Public atteint par catégorie',
  },
  'export.table.type': {
    en: 'Contacts by type',
    nl: 'Contacten per type',
    fr: 'Contacts par type',
  },
  'export.table.theme': {
    en: 'Contacts by theme',
    nl: 'Contacten per thema',
    fr: 'Contacts par thème',
  },
  'export.table.language': {
    en: 'Contacts by language',
    nl: 'Contacten per taal',
    fr: 'Contacts par langue',
  },
  'export.table.channel': {
    en: 'Contacts by channel',
    nl: 'Contacten per kanaal',
    fr: 'Contacts par canal',
  },
  'export.table.location': {
    en: 'Contacts by location',
    nl: 'Contacten per locatie',
    fr: 'Contacts par lieu',
  },
  'export.table.municipality': {
    en: 'Contacts by municipality',
    nl: 'Contacten per gemeente',
    fr: 'Contacts par commune',
  },
  'export.table.tag': {
    en: 'Contacts by target group',
    nl: 'Contacten per doelgroep',
    fr: 'Contacts par public cible',
  },
  'export.table.activityKind': {
    en: 'Contacts by activity kind',
    nl: 'Contacten per activiteitsoort',
    fr: "Contacts par type d'activité",
  },
  'export.table.months': {
    en: 'Contacts per month',
    nl: 'Contacten per maand',
    fr: 'Contacts par mois',
  },
  'export.table.all': { en: 'All tables', nl: 'Alle tabellen', fr: 'Tous les tableaux' },

  'dashboard.title': { en: 'Dashboard', nl: 'Dashboard', fr: 'Tableau de bord' },
  'dashboard.intro': {
    en: 'Anonymous contacts and activities for any period, beside the same period a year earlier. Every table can be downloaded.',
    nl: 'Anonieme contacten en activiteiten voor elke periode, naast dezelfde periode een jaar eerder. Elke tabel kan gedownload worden.',
    fr: "Contacts anonymes et activités pour n'importe quelle période, à côté de la même période un an plus tôt. Chaque tableau peut être téléchargé.",
  },
  'dashboard.print': { en: 'Print', nl: 'Afdrukken', fr: 'Imprimer' },
  'dashboard.loading': {
    en: 'Computing the figures for this period…',
    nl: 'De cijfers voor deze periode worden berekend…',
    fr: 'Calcul des chiffres de cette période…',
  },
  'dashboard.period.title': { en: 'Period', nl: 'Periode', fr: 'Période' },
  'dashboard.period.kind': { en: 'Show one', nl: 'Toon per', fr: 'Afficher par' },
  'dashboard.period.day': { en: 'Day', nl: 'Dag', fr: 'Jour' },
  'dashboard.period.week': { en: 'Week', nl: 'Week', fr: 'Semaine' },
  'dashboard.period.month': { en: 'Month', nl: 'Maand', fr: 'Mois' },
  'dashboard.period.year': { en: 'Year', nl: 'Jaar', fr: 'Année' },
  'dashboard.period.custom': { en: 'Custom', nl: 'Vrije periode', fr: 'Personnalisée' },
  'dashboard.period.from': { en: 'From', nl: 'Van', fr: 'Du' },
  'dashboard.period.to': { en: 'To', nl: 'Tot en met', fr: 'Au' },
  'dashboard.period.apply': { en: 'Show', nl: 'Tonen', fr: 'Afficher' },
  'dashboard.period.previous': {
    en: '{kind, select, day {Previous day} week {Previous week} month {Previous month} year {Previous year} other {Previous period}}',
    nl: '{kind, select, day {Vorige dag} week {Vorige week} month {Vorige maand} year {Vorig jaar} other {Vorige periode}}',
    fr: '{kind, select, day {Jour précédent} week {Semaine précédente} month {Mois précédent} year {Année précédente} other {Période précédente}}',
  },
  'dashboard.period.next': {
    en: '{kind, select, day {Next day} week {Next week} month {Next month} year {Next year} other {Next period}}',
    nl: '{kind, select, day {Volgende dag} week {Volgende week} month {Volgende maand} year {Volgend jaar} other {Volgende periode}}',
    fr: '{kind, select, day {Jour suivant} week {Semaine suivante} month {Mois suivant} year {Année suivante} other {Période suivante}}',
  },
  'dashboard.period.range': { en: '{from} – {to}', nl: '{from} – {to}', fr: 'du {from} au {to}' },
  'dashboard.period.compared': {
    en: 'compared with {range}',
    nl: 'vergeleken met {range}',
    fr: 'comparé à {range}',
  },
  'dashboard.period.weekName': {
    en: 'Week {week}, {year}',
    nl: 'Week {week}, {year}',
    fr: 'Semaine {week}, {year}',
  },
  'dashboard.filters': { en: 'Filters', nl: 'Filters', fr: 'Filtres' },
  'dashboard.filter.all': { en: 'All', nl: 'Alle', fr: 'Tous' },
  'dashboard.filter.active': {
    en: '{count, plural, =0 {No filter: all contacts.} one {# filter applied.} other {# filters applied.}}',
    nl: '{count, plural, =0 {Geen filter: alle contacten.} one {# filter actief.} other {# filters actief.}}',
    fr: '{count, plural, =0 {Aucun filtre : tous les contacts.} one {# filtre appliqué.} other {# filtres appliqués.}}',
  },
  'dashboard.filter.reset': {
    en: 'Clear filters',
    nl: 'Filters wissen',
    fr: 'Effacer les filtres',
  },
  'dashboard.download.title': { en: 'Downloads', nl: 'Downloaden', fr: 'Téléchargements' },
  'dashboard.download.csv': { en: 'Download CSV', nl: 'CSV downloaden', fr: 'Télécharger en CSV' },
  'dashboard.download.xlsx': {
    en: 'Download XLSX',
    nl: 'XLSX downloaden',
    fr: 'Télécharger en XLSX',
  },
  'dashboard.download.semicolon': {
    en: 'CSV for Excel in Belgium (semicolons)',
    nl: 'CSV voor Excel in België (puntkomma’s)',
    fr: 'CSV pour Excel en Belgique (points-virgules)',
  },
  'dashboard.download.semicolon.hint': {
    en: 'Separates fields with “;” and writes decimal commas, as Excel expects with Belgian settings.',
    nl: 'Scheidt velden met “;” en schrijft decimale komma’s, zoals Excel met Belgische instellingen verwacht.',
    fr: 'Sépare les champs par « ; » et écrit des virgules décimales, comme Excel l’attend avec des réglages belges.',
  },
  'dashboard.noPercent': { en: '–', nl: '–', fr: '–' },
  'dashboard.total.current': { en: 'This period', nl: 'Deze periode', fr: 'Cette période' },
  'dashboard.chart.summary': {
    en: 'Bar chart, {title}: {items}.',
    nl: 'Staafdiagram, {title}: {items}.',
    fr: 'Diagramme en barres, {title} : {items}.',
  },
  'dashboard.chart.item': {
    en: '{label} {count} (a year earlier {previous})',
    nl: '{label} {count} (een jaar eerder {previous})',
    fr: '{label} {count} (un an plus tôt {previous})',
  },
  'dashboard.chart.top': {
    en: 'The chart shows the {shown} largest of {total}; the table lists them all.',
    nl: 'De grafiek toont de {shown} grootste van {total}; de tabel toont ze allemaal.',
    fr: 'Le graphique montre les {shown} plus grands sur {total} ; le tableau les reprend tous.',
  },
  'dashboard.table.show': {
    en: 'Show the figures as a table',
    nl: 'Cijfers als tabel tonen',
    fr: 'Afficher les chiffres en tableau',
  },
  'dashboard.table.hide': {
    en: 'Hide the table',
    nl: 'Tabel verbergen',
    fr: 'Masquer le tableau',
  },
  'dashboard.empty': {
    en: 'No contacts in this period.',
    nl: 'Geen contacten in deze periode.',
    fr: 'Aucun contact pendant cette période.',
  },
});
