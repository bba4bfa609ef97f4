import { defineMessages } from '../define.ts';

/** The locations page. */
export const webLocationMessages = defineMessages({
  'locations.title': { en: 'Locations', nl: 'Locaties', fr: 'Lieux' },
  'locations.intro': {
    en: 'The places where your organisation receives people: offices, partner sites, the mobile unit, pop-up desks.',
    nl: 'De plaatsen waar uw organisatie mensen ontvangt: kantoren, partnerlocaties, de mobiele unit, pop-upbalies.',
    fr: 'Les endroits où votre organisation accueille le public : bureaux, sites partenaires, unité mobile, guichets éphémères.',
  },
  'locations.add': { en: 'Add a location', nl: 'Locatie toevoegen', fr: 'Ajouter un lieu' },
  'locations.edit.title': { en: 'Edit {name}', nl: '{name} wijzigen', fr: 'Modifier {name}' },
  'locations.search': {
    en: 'Search by name or address',
    nl: 'Zoeken op naam of adres',
    fr: 'Rechercher par nom ou adresse',
  },
  'locations.filter.status': { en: 'Status', nl: 'Status', fr: 'Statut' },
  'locations.filter.status.all': {
    en: 'Active and inactive',
    nl: 'Actief en inactief',
    fr: 'Actifs et inactifs',
  },
  'locations.filter.kind.all': { en: 'All kinds', nl: 'Alle soorten', fr: 'Tous les types' },
  'locations.caption': {
    en: 'Locations ({total, plural, one {# result} other {# results}})',
    nl: 'Locaties ({total, plural, one {# resultaat} other {# resultaten}})',
    fr: 'Lieux ({total, plural, one {# résultat} other {# résultats}})',
  },
  'locations.empty': {
    en: 'No location matches.',
    nl: 'Geen enkele locatie gevonden.',
    fr: 'Aucun lieu trouvé.',
  },
  'locations.field.name': { en: 'Name', nl: 'Naam', fr: 'Nom' },
  'locations.field.slug': { en: 'Short name', nl: 'Korte naam', fr: 'Nom court' },
  'locations.field.slug.hint': {
    en: 'Lower-case letters, digits and hyphens; unique in your organisation.',
    nl: 'Kleine letters, cijfers en koppeltekens; uniek binnen uw organisatie.',
    fr: 'Minuscules, chiffres et tirets ; unique dans votre organisation.',
  },
  'locations.field.kind': { en: 'Kind', nl: 'Soort', fr: 'Type' },
  'locations.field.municipality': { en: 'Municipality', nl: 'Gemeente', fr: 'Commune' },
  'locations.field.municipality.none': {
    en: 'None or outside Brussels',
    nl: 'Geen of buiten Brussel',
    fr: 'Aucune ou hors de Bruxelles',
  },
  'locations.field.address': { en: 'Address', nl: 'Adres', fr: 'Adresse' },
  'locations.field.address.hint': {
    en: 'Street, number, postal code and town.',
    nl: 'Straat, nummer, postcode en gemeente.',
    fr: 'Rue, numéro, code postal et localité.',
  },
  'locations.field.place': {
    en: 'Municipality and address',
    nl: 'Gemeente en adres',
    fr: 'Commune et adresse',
  },
  'locations.field.status': { en: 'Status', nl: 'Status', fr: 'Statut' },
  'locations.status.active': { en: 'Active', nl: 'Actief', fr: 'Actif' },
  'locations.status.inactive': { en: 'Inactive', nl: 'Inactief', fr: 'Inactif' },
  'locations.deactivate': { en: 'Deactivate', nl: 'Deactiveren', fr: 'Désactiver' },
  'locations.reactivate': { en: 'Reactivate', nl: 'Heractiveren', fr: 'Réactiver' },
  'locations.created': {
    en: 'Location “{name}” added.',
    nl: 'Locatie “{name}” toegevoegd.',
    fr: 'Lieu « {name} » ajouté.',
  },
  'locations.updated': {
    en: 'Location “{name}” saved.',
    nl: 'Locatie “{name}” opgeslagen.',
    fr: 'Lieu « {name} » enregistré.',
  },
  'locations.deactivated': {
    en: 'Location “{name}” deactivated.',
    nl: 'Locatie “{name}” gedeactiveerd.',
    fr: 'Lieu « {name} » désactivé.',
  },
  'locations.reactivated': {
    en: 'Location “{name}” reactivated.',
    nl: 'Locatie “{name}” opnieuw geactiveerd.',
    fr: 'Lieu « {name} » réactivé.',
  },
});
