import { defineMessages } from '../define.ts';

/** Web: the indicator builder (no SQL: source, measure, filters, breakdowns) and its preview. */
export const webIndicatorBuilderMessages = defineMessages({
  'indicators.builder.intro': {
    en: 'Choose what to count from the lists below; the preview shows the figure for this year before you save.',
    nl: 'Kies in de lijsten hieronder wat er geteld wordt; de voorbeeldweergave toont het cijfer voor dit jaar voordat u opslaat.',
    fr: 'Choisissez ce qui est compté dans les listes ci-dessous ; l’aperçu montre le chiffre de cette année avant l’enregistrement.',
  },
  'indicators.builder.editLoading': {
    en: 'Edit indicator',
    nl: 'Indicator wijzigen',
    fr: 'Modifier l’indicateur',
  },
  'indicators.builder.editTitle': {
    en: 'Edit “{label}”',
    nl: '“{label}” wijzigen',
    fr: 'Modifier « {label} »',
  },
  'indicators.builder.editIntro': {
    en: 'Code: {code} (a code cannot change).',
    nl: 'Code: {code} (een code kan niet veranderen).',
    fr: 'Code : {code} (un code ne peut pas changer).',
  },
  'indicators.builder.general': {
    en: 'Name and unit',
    nl: 'Naam en eenheid',
    fr: 'Nom et unité',
  },
  'indicators.builder.code.hint': {
    en: 'Lower-case letters, digits and _, starting with a letter (e.g. ukrainian_visitors). It cannot be changed later.',
    nl: 'Kleine letters, cijfers en _, beginnend met een letter (bv. oekraiense_bezoekers). Kan later niet meer veranderen.',
    fr: 'Lettres minuscules, chiffres et _, en commençant par une lettre (p. ex. visiteurs_ukrainiens). Ne peut plus changer ensuite.',
  },
  'indicators.builder.labels': { en: 'Name', nl: 'Naam', fr: 'Nom' },
  'indicators.builder.labels.hint': {
    en: 'In Dutch, French and English: reports and pages show the reader’s language.',
    nl: 'In het Nederlands, Frans en Engels: verslagen en pagina’s tonen de taal van de lezer.',
    fr: 'En néerlandais, français et anglais : rapports et pages affichent la langue du lecteur.',
  },
  'indicators.builder.description': {
    en: 'Description',
    nl: 'Beschrijving',
    fr: 'Description',
  },
  'indicators.builder.description.hint': {
    en: 'Optional: what the figure means, for readers and funders.',
    nl: 'Optioneel: wat het cijfer betekent, voor lezers en subsidiegevers.',
    fr: 'Facultatif : ce que signifie le chiffre, pour les lecteurs et les financeurs.',
  },
  'indicators.builder.unit.choose': {
    en: 'Choose a unit',
    nl: 'Kies een eenheid',
    fr: 'Choisissez une unité',
  },
  'indicators.builder.what': {
    en: 'What it counts',
    nl: 'Wat er geteld wordt',
    fr: 'Ce qui est compté',
  },
  'indicators.builder.measure.hint': {
    en: 'Sum of people adds up the people each contact stands for; number of records counts lines.',
    nl: 'Som van de personen telt de personen van elk contact op; aantal registraties telt de lijnen.',
    fr: 'La somme des personnes additionne les personnes de chaque contact ; le nombre d’enregistrements compte les lignes.',
  },
  'indicators.builder.distinctField': {
    en: 'Count distinct',
    nl: 'Tel verschillende',
    fr: 'Compter les valeurs distinctes de',
  },
  'indicators.builder.filters': { en: 'Filters', nl: 'Filters', fr: 'Filtres' },
  'indicators.builder.filters.hint': {
    en: 'A record counts when it matches every filter, and within one filter any of its values.',
    nl: 'Een registratie telt als ze aan elke filter voldoet, en binnen één filter aan een van de waarden.',
    fr: 'Un enregistrement compte s’il satisfait chaque filtre, et dans un filtre l’une de ses valeurs.',
  },
  'indicators.builder.breakdowns': {
    en: 'It may be shown by',
    nl: 'Kan getoond worden per',
    fr: 'Peut être affiché par',
  },
  'indicators.builder.summaryItem': {
    en: '{field}: {message}',
    nl: '{field}: {message}',
    fr: '{field} : {message}',
  },
  'indicators.builder.create': {
    en: 'Create the indicator',
    nl: 'De indicator aanmaken',
    fr: 'Créer l’indicateur',
  },
  'indicators.filter.legend': { en: 'Filter {n}', nl: 'Filter {n}', fr: 'Filtre {n}' },
  'indicators.filter.field': { en: 'Field', nl: 'Veld', fr: 'Champ' },
  'indicators.filter.field.choose': {
    en: 'Choose a field',
    nl: 'Kies een veld',
    fr: 'Choisissez un champ',
  },
  'indicators.filter.values': { en: 'Values', nl: 'Waarden', fr: 'Valeurs' },
  'indicators.filter.values.hint': {
    en: 'Separate values with commas.',
    nl: 'Scheid waarden met komma’s.',
    fr: 'Séparez les valeurs par des virgules.',
  },
  'indicators.filter.add': {
    en: 'Add a filter',
    nl: 'Een filter toevoegen',
    fr: 'Ajouter un filtre',
  },
  'indicators.filter.remove': {
    en: 'Remove filter {n}',
    nl: 'Filter {n} verwijderen',
    fr: 'Retirer le filtre {n}',
  },
  'indicators.filter.added': {
    en: 'Filter {n} added.',
    nl: 'Filter {n} toegevoegd.',
    fr: 'Filtre {n} ajouté.',
  },
  'indicators.filter.removed': {
    en: 'Filter {n} removed.',
    nl: 'Filter {n} verwijderd.',
    fr: 'Filtre {n} retiré.',
  },
  'indicators.preview.title': { en: 'Preview', nl: 'Voorbeeld', fr: 'Aperçu' },
  'indicators.preview.hint': {
    en: 'The figure for this year up to today, without saving.',
    nl: 'Het cijfer voor dit jaar tot vandaag, zonder op te slaan.',
    fr: 'Le chiffre de cette année jusqu’à aujourd’hui, sans enregistrer.',
  },
  'indicators.preview.run': {
    en: 'Preview this year',
    nl: 'Voorbeeld voor dit jaar',
    fr: 'Aperçu pour cette année',
  },
  'indicators.created': {
    en: 'Indicator “{label}” created.',
    nl: 'Indicator “{label}” aangemaakt.',
    fr: 'Indicateur « {label} » créé.',
  },
  'indicators.saved': {
    en: 'Indicator “{label}” saved.',
    nl: 'Indicator “{label}” opgeslagen.',
    fr: 'Indicateur « {label} » enregistré.',
  },
});
