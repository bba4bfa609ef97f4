import { defineMessages } from '../define.ts';

/** The activity form: its fields and their hints. */
export const webActivityFormMessages = defineMessages({
  'activities.field.title': { en: 'Title', nl: 'Titel', fr: 'Titre' },
  'activities.field.title.hint': {
    en: 'As colleagues will recognise it, e.g. “Formtruck at Clemenceau market”.',
    nl: 'Zoals collega’s ze herkennen, bv. “Formtruck op de Clemenceaumarkt”.',
    fr: 'Tel que vos collègues la reconnaîtront, p. ex. « Formtruck au marché Clemenceau ».',
  },
  'activities.field.kind': { en: 'Kind', nl: 'Soort', fr: 'Type' },
  'activities.field.kind.choose': {
    en: 'Choose a kind',
    nl: 'Kies een soort',
    fr: 'Choisissez un type',
  },
  'activities.field.category': { en: 'Category', nl: 'Categorie', fr: 'Catégorie' },
  'activities.field.when': { en: 'Date and time', nl: 'Datum en uur', fr: 'Date et heure' },
  'activities.field.place': { en: 'Place', nl: 'Plaats', fr: 'Lieu' },
  'activities.field.language': { en: 'Language', nl: 'Taal', fr: 'Langue' },
  'activities.field.language.none': {
    en: 'Not specified',
    nl: 'Niet opgegeven',
    fr: 'Non précisée',
  },
  'activities.field.theme': { en: 'Theme', nl: 'Thema', fr: 'Thème' },
  'activities.field.theme.none': { en: 'No theme', nl: 'Geen thema', fr: 'Aucun thème' },
  'activities.field.status': { en: 'Status', nl: 'Status', fr: 'Statut' },
  'activities.field.attendance': {
    en: 'People reached',
    nl: 'Bereikte personen',
    fr: 'Personnes touchées',
  },
  'activities.field.startDate': { en: 'Date', nl: 'Datum', fr: 'Date' },
  'activities.field.startTime': { en: 'Start time', nl: 'Beginuur', fr: 'Heure de début' },
  'activities.field.endDate': { en: 'End date', nl: 'Einddatum', fr: 'Date de fin' },
  'activities.field.endDate.hint': {
    en: 'Only when it ends on another day.',
    nl: 'Enkel als ze op een andere dag eindigt.',
    fr: 'Seulement si elle se termine un autre jour.',
  },
  'activities.field.endTime': { en: 'End time', nl: 'Einduur', fr: 'Heure de fin' },
  'activities.field.location': { en: 'Location', nl: 'Locatie', fr: 'Lieu' },
  'activities.field.location.none': {
    en: 'None of our locations',
    nl: 'Geen van onze locaties',
    fr: 'Aucun de nos lieux',
  },
  'activities.field.municipality': { en: 'Municipality', nl: 'Gemeente', fr: 'Commune' },
  'activities.field.municipality.none': {
    en: 'Not specified',
    nl: 'Niet opgegeven',
    fr: 'Non précisée',
  },
  'activities.field.neighbourhood': {
    en: 'Neighbourhood or address',
    nl: 'Wijk of adres',
    fr: 'Quartier ou adresse',
  },
  'activities.field.partner': {
    en: 'Partner organisation',
    nl: 'Partnerorganisatie',
    fr: 'Organisation partenaire',
  },
  'activities.field.capacity': { en: 'Capacity', nl: 'Capaciteit', fr: 'Capacité' },
  'activities.field.capacity.hint': {
    en: 'Number of places, if limited.',
    nl: 'Aantal plaatsen, als dat beperkt is.',
    fr: 'Nombre de places, s’il est limité.',
  },
  'activities.field.notes': { en: 'Notes', nl: 'Opmerkingen', fr: 'Remarques' },
  'activities.field.externalId': { en: 'External id', nl: 'Externe id', fr: 'Identifiant externe' },
  'activities.field.externalId.hint': {
    en: 'The reference in another system (an agenda, a spreadsheet), unique in the organisation.',
    nl: 'De referentie in een ander systeem (een agenda, een rekenblad), uniek binnen de organisatie.',
    fr: 'La référence dans un autre système (un agenda, un tableur), unique dans l’organisation.',
  },
  'activities.field.held': {
    en: 'This activity has already taken place',
    nl: 'Deze activiteit heeft al plaatsgevonden',
    fr: 'Cette activité a déjà eu lieu',
  },
  'activities.field.held.hint': {
    en: 'Otherwise it is planned; recording attendance marks it as held.',
    nl: 'Anders is ze gepland; wie aanwezigheid registreert, markeert ze als gehouden.',
    fr: 'Sinon, elle est prévue ; enregistrer des présences la marque comme tenue.',
  },
  'activities.form.when': { en: 'When', nl: 'Wanneer', fr: 'Quand' },
  'activities.form.when.hint': {
    en: 'Local time in {timeZone}.',
    nl: 'Lokale tijd in {timeZone}.',
    fr: 'Heure locale en {timeZone}.',
  },
  'activities.form.where': { en: 'Where', nl: 'Waar', fr: 'Où' },
  'activities.form.where.hint': {
    en: 'One of your locations, or — for a trip or a fair elsewhere — the municipality and neighbourhood.',
    nl: 'Een van uw locaties, of — voor een rit of een beurs elders — de gemeente en de wijk.',
    fr: 'Un de vos lieux ou, pour une sortie ou un salon ailleurs, la commune et le quartier.',
  },
});
