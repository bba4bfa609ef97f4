import { defineMessages } from '../define.ts';

/** Web: indicator list, value page; names of sources, measures, units, fields (the builder: web-indicator-builder.ts). */
export const webIndicatorMessages = defineMessages({
  'indicators.intro': {
    en: 'Figures your funders ask for, counted from your own records for any period. Built-in indicators cover the annual report; organisation admins can add their own.',
    nl: 'Cijfers die uw subsidiegevers vragen, geteld uit uw eigen registraties voor elke periode. Ingebouwde indicatoren dekken het jaarverslag; organisatiebeheerders kunnen er zelf toevoegen.',
    fr: 'Les chiffres demandés par vos financeurs, comptés à partir de vos propres enregistrements pour n’importe quelle période. Les indicateurs intégrés couvrent le rapport annuel ; les administrateurs de l’organisation peuvent ajouter les leurs.',
  },
  'indicators.new': { en: 'New indicator', nl: 'Nieuwe indicator', fr: 'Nouvel indicateur' },
  'indicators.filters': {
    en: 'Search indicators',
    nl: 'Indicatoren zoeken',
    fr: 'Rechercher des indicateurs',
  },
  'indicators.filter.text': { en: 'Name or code', nl: 'Naam of code', fr: 'Nom ou code' },
  'indicators.filter.text.hint': {
    en: 'The list narrows as you type.',
    nl: 'De lijst wordt korter terwijl u typt.',
    fr: 'La liste se réduit pendant la saisie.',
  },
  'indicators.filter.kind': { en: 'Kind', nl: 'Soort', fr: 'Type' },
  'indicators.filter.kind.all': {
    en: 'Built-in and own',
    nl: 'Ingebouwd en eigen',
    fr: 'Intégrés et propres',
  },
  'indicators.kind.builtIn': { en: 'Built-in', nl: 'Ingebouwd', fr: 'Intégré' },
  'indicators.kind.own': { en: 'Own', nl: 'Eigen', fr: 'Propre' },
  'indicators.caption': {
    en: '{total, plural, one {# indicator} other {# indicators}}',
    nl: '{total, plural, one {# indicator} other {# indicatoren}}',
    fr: '{total, plural, one {# indicateur} other {# indicateurs}}',
  },
  'indicators.empty': {
    en: 'No indicator matches.',
    nl: 'Geen enkele indicator komt overeen.',
    fr: 'Aucun indicateur ne correspond.',
  },
  'indicators.col.label': { en: 'Indicator', nl: 'Indicator', fr: 'Indicateur' },
  'indicators.col.unit': { en: 'Unit', nl: 'Eenheid', fr: 'Unité' },
  'indicators.col.source': { en: 'Source', nl: 'Bron', fr: 'Source' },
  'indicators.col.measure': { en: 'Measure', nl: 'Maat', fr: 'Mesure' },
  'indicators.col.filters': { en: 'Filters', nl: 'Filters', fr: 'Filtres' },
  'indicators.col.breakdowns': {
    en: 'Breakdowns',
    nl: 'Uitsplitsingen',
    fr: 'Ventilations',
  },
  'indicators.col.kind': { en: 'Kind', nl: 'Soort', fr: 'Type' },
  'indicators.filters.none': {
    en: 'None: every record counts',
    nl: 'Geen: elke registratie telt',
    fr: 'Aucun : chaque enregistrement compte',
  },
  'indicators.filters.item': {
    en: '{field}: {values}',
    nl: '{field}: {values}',
    fr: '{field} : {values}',
  },
  'indicators.source.contacts': { en: 'Contacts', nl: 'Contacten', fr: 'Contacts' },
  'indicators.source.activities': { en: 'Activities', nl: 'Activiteiten', fr: 'Activités' },
  'indicators.source.survey_answers': {
    en: 'Questionnaire answers',
    nl: 'Antwoorden op vragenlijsten',
    fr: 'Réponses aux questionnaires',
  },
  'indicators.measure.sum': {
    en: 'Sum of people',
    nl: 'Som van de personen',
    fr: 'Somme des personnes',
  },
  'indicators.measure.count': {
    en: 'Number of records',
    nl: 'Aantal registraties',
    fr: 'Nombre d’enregistrements',
  },
  'indicators.measure.count_distinct': {
    en: 'Number of distinct values',
    nl: 'Aantal verschillende waarden',
    fr: 'Nombre de valeurs distinctes',
  },
  'indicators.measure.distinctOf': {
    en: 'Number of distinct values of “{field}”',
    nl: 'Aantal verschillende waarden van “{field}”',
    fr: 'Nombre de valeurs distinctes de « {field} »',
  },
  'indicators.unit.people': { en: 'people', nl: 'personen', fr: 'personnes' },
  'indicators.unit.contacts': { en: 'contacts', nl: 'contacten', fr: 'contacts' },
  'indicators.unit.activities': { en: 'activities', nl: 'activiteiten', fr: 'activités' },
  'indicators.unit.sessions': { en: 'sessions', nl: 'sessies', fr: 'séances' },
  'indicators.unit.trips': { en: 'trips', nl: 'ritten', fr: 'tournées' },
  'indicators.unit.responses': {
    en: 'questionnaires answered',
    nl: 'ingevulde vragenlijsten',
    fr: 'questionnaires remplis',
  },
  'indicators.unit.answers': { en: 'answers', nl: 'antwoorden', fr: 'réponses' },
  'indicators.field.code': { en: 'Code', nl: 'Code', fr: 'Code' },
  'indicators.field.type': { en: 'Type of contact', nl: 'Soort contact', fr: 'Type de contact' },
  'indicators.field.theme': { en: 'Theme', nl: 'Thema', fr: 'Thème' },
  'indicators.field.language': { en: 'Language', nl: 'Taal', fr: 'Langue' },
  'indicators.field.channel': { en: 'Channel', nl: 'Kanaal', fr: 'Canal' },
  'indicators.field.location': { en: 'Location', nl: 'Locatie', fr: 'Lieu' },
  'indicators.field.municipality': { en: 'Municipality', nl: 'Gemeente', fr: 'Commune' },
  'indicators.field.tag': { en: 'Target group', nl: 'Doelgroep', fr: 'Public cible' },
  'indicators.field.activity_kind': {
    en: 'Activity kind',
    nl: 'Soort activiteit',
    fr: 'Type d’activité',
  },
  'indicators.field.activity_category': {
    en: 'Activity category',
    nl: 'Categorie van activiteit',
    fr: 'Catégorie d’activité',
  },
  'indicators.field.activity': { en: 'Activity', nl: 'Activiteit', fr: 'Activité' },
  'indicators.field.date': { en: 'Day', nl: 'Dag', fr: 'Jour' },
  'indicators.field.year': { en: 'Year', nl: 'Jaar', fr: 'Année' },
  'indicators.field.quarter': { en: 'Quarter', nl: 'Kwartaal', fr: 'Trimestre' },
  'indicators.field.month': { en: 'Month', nl: 'Maand', fr: 'Mois' },
  'indicators.field.kind': { en: 'Activity kind', nl: 'Soort activiteit', fr: 'Type d’activité' },
  'indicators.field.category': { en: 'Category', nl: 'Categorie', fr: 'Catégorie' },
  'indicators.field.status': { en: 'Status', nl: 'Status', fr: 'Statut' },
  'indicators.field.partner': { en: 'Partner', nl: 'Partner', fr: 'Partenaire' },
  'indicators.field.survey': { en: 'Questionnaire', nl: 'Vragenlijst', fr: 'Questionnaire' },
  'indicators.field.question': { en: 'Question', nl: 'Vraag', fr: 'Question' },
  'indicators.field.option': { en: 'Answer', nl: 'Antwoord', fr: 'Réponse' },
  'indicators.field.response': {
    en: 'Questionnaire answered',
    nl: 'Ingevulde vragenlijst',
    fr: 'Questionnaire rempli',
  },
  'indicators.lang.nl': { en: 'Dutch', nl: 'Nederlands', fr: 'Néerlandais' },
  'indicators.lang.fr': { en: 'French', nl: 'Frans', fr: 'Français' },
  'indicators.lang.en': { en: 'English', nl: 'Engels', fr: 'Anglais' },
  ...valuePageMessages(),
});

/** The value page: definition, period, breakdown, total, groups; deleting. */
function valuePageMessages() {
  return defineMessages({
    'indicators.backToList': {
      en: 'All indicators',
      nl: 'Alle indicatoren',
      fr: 'Tous les indicateurs',
    },
    'indicators.notFound': {
      en: 'Indicator not found',
      nl: 'Indicator niet gevonden',
      fr: 'Indicateur introuvable',
    },
    'indicators.definition': {
      en: 'What it counts',
      nl: 'Wat er geteld wordt',
      fr: 'Ce qui est compté',
    },
    'indicators.value.title': { en: 'Value', nl: 'Waarde', fr: 'Valeur' },
    'indicators.period': { en: 'Period', nl: 'Periode', fr: 'Période' },
    'indicators.period.quick': {
      en: 'Quick choices',
      nl: 'Snelle keuzes',
      fr: 'Choix rapides',
    },
    'indicators.period.thisYear': {
      en: 'This year',
      nl: 'Dit jaar',
      fr: 'Cette année',
    },
    'indicators.period.lastYear': {
      en: 'Last year',
      nl: 'Vorig jaar',
      fr: 'L’année dernière',
    },
    'indicators.period.from': { en: 'From', nl: 'Van', fr: 'Du' },
    'indicators.period.to': { en: 'To', nl: 'Tot en met', fr: 'Au' },
    'indicators.period.apply': {
      en: 'Show these dates',
      nl: 'Toon deze data',
      fr: 'Afficher ces dates',
    },
    'indicators.value.breakdown': {
      en: 'Break down by',
      nl: 'Uitsplitsen per',
      fr: 'Ventiler par',
    },
    'indicators.value.breakdown.none': {
      en: 'No breakdown',
      nl: 'Geen uitsplitsing',
      fr: 'Pas de ventilation',
    },
    'indicators.value.total': {
      en: '{from} to {to}:',
      nl: '{from} tot en met {to}:',
      fr: 'Du {from} au {to} :',
    },
    'indicators.value.groupsCaption': {
      en: 'By {breakdown}',
      nl: 'Per {breakdown}',
      fr: 'Par {breakdown}',
    },
    'indicators.value.header': {
      en: 'Value ({unit})',
      nl: 'Waarde ({unit})',
      fr: 'Valeur ({unit})',
    },
    'indicators.value.noGroups': {
      en: 'Nothing recorded in this period.',
      nl: 'Niets geregistreerd in deze periode.',
      fr: 'Rien d’enregistré pendant cette période.',
    },
    'indicators.value.noValue': {
      en: 'Not recorded',
      nl: 'Niet ingevuld',
      fr: 'Non renseigné',
    },
    'indicators.delete': { en: 'Delete', nl: 'Verwijderen', fr: 'Supprimer' },
    'indicators.delete.title': {
      en: 'Delete this indicator?',
      nl: 'Deze indicator verwijderen?',
      fr: 'Supprimer cet indicateur ?',
    },
    'indicators.delete.message': {
      en: '“{label}” will be deleted. Your records stay as they are.',
      nl: '“{label}” wordt verwijderd. Uw registraties blijven zoals ze zijn.',
      fr: '« {label} » sera supprimé. Vos enregistrements restent tels quels.',
    },
    'indicators.delete.confirm': {
      en: 'Delete the indicator',
      nl: 'De indicator verwijderen',
      fr: 'Supprimer l’indicateur',
    },
    'indicators.delete.keep': {
      en: 'Keep it',
      nl: 'Behouden',
      fr: 'Le garder',
    },
    'indicators.deleted': {
      en: 'Indicator “{label}” deleted.',
      nl: 'Indicator “{label}” verwijderd.',
      fr: 'Indicateur « {label} » supprimé.',
    },
    'indicators.value.suppressed': {
      en: 'Too few answers to publish: questionnaire figures below the small-cell threshold are hidden (whole months are read), as on the results page.',
      nl: 'Te weinig antwoorden om te tonen: cijfers uit de vragenlijst onder de drempel voor kleine aantallen worden verborgen (per volledige maand), zoals bij de resultaten.',
      fr: 'Trop peu de réponses pour être publiées : les chiffres du questionnaire sous le seuil des petits effectifs sont masqués (par mois entiers), comme dans les résultats.',
    },
    'indicators.value.hiddenGroups': {
      en: '{count, plural, one {# group is} other {# groups are}} hidden: too few answers to publish (small-cell threshold, whole months).',
      nl: '{count, plural, one {# groep is} other {# groepen zijn}} verborgen: te weinig antwoorden om te tonen (drempel voor kleine aantallen, volledige maanden).',
      fr: '{count, plural, one {# groupe est masqué} other {# groupes sont masqués}} : trop peu de réponses pour être publiées (seuil des petits effectifs, mois entiers).',
    },
  });
}
