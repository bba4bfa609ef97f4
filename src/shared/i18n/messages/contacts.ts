import { defineMessages } from '../define.ts';

/**
 * Contacts and activities: errors, field issues and the labels of types, channels,
 * categories, statuses and built-in activity kinds. Used by the API, the CLI, exports and
 * the web app alike.
 */
export const contactMessages = defineMessages({
  'error.CORRECTION_WINDOW_CLOSED': {
    en: 'This entry can no longer be changed by you: corrections are possible for {hours} hours. Ask an organisation admin.',
    nl: 'U kunt deze registratie niet meer wijzigen: correcties kunnen tot {hours} uur nadien. Vraag het aan een organisatiebeheerder.',
    fr: "Vous ne pouvez plus modifier cet enregistrement : les corrections sont possibles pendant {hours} heures. Demandez à un administrateur de l'organisation.",
  },
  'error.ACTIVITY_CANCELLED': {
    en: 'This activity is cancelled; it cannot get attendance.',
    nl: 'Deze activiteit is geannuleerd; er kan geen aanwezigheid op geregistreerd worden.',
    fr: 'Cette activité est annulée ; aucune présence ne peut y être enregistrée.',
  },
  'error.ACTIVITY_HAS_ATTENDANCE': {
    en: 'This activity already has attendance ({count} people); remove it first.',
    nl: 'Deze activiteit heeft al aanwezigen ({count} personen); verwijder die eerst.',
    fr: 'Cette activité a déjà des présences ({count} personnes) ; supprimez-les d’abord.',
  },
  'error.ATTENDANCE_OVER_CAPACITY': {
    en: 'This brings the attendance to {attendance}, above the activity’s capacity of {capacity}. Check the number, or confirm that more people came.',
    nl: 'Daarmee komt de aanwezigheid op {attendance}, boven de capaciteit van {capacity} van de activiteit. Controleer het aantal, of bevestig dat er meer mensen kwamen.',
    fr: 'La présence passerait ainsi à {attendance}, au-delà de la capacité de {capacity} de l’activité. Vérifiez le nombre, ou confirmez que plus de personnes sont venues.',
  },
  'error.IDEMPOTENCY_KEY_REQUIRED': {
    en: 'This request needs an Idempotency-Key header (1 to 200 visible characters).',
    nl: 'Dit verzoek vereist een Idempotency-Key-header (1 tot 200 zichtbare tekens).',
    fr: 'Cette requête exige un en-tête Idempotency-Key (1 à 200 caractères visibles).',
  },
  'error.IDEMPOTENCY_KEY_REUSED': {
    en: 'This Idempotency-Key was already used for a different request.',
    nl: 'Deze Idempotency-Key werd al gebruikt voor een ander verzoek.',
    fr: 'Cette Idempotency-Key a déjà servi pour une autre requête.',
  },
  'error.IDEMPOTENCY_KEY_IN_USE': {
    en: 'A request with this Idempotency-Key is still being processed; try again shortly.',
    nl: 'Een verzoek met deze Idempotency-Key wordt nog verwerkt; probeer het zo meteen opnieuw.',
    fr: 'Une requête avec cette Idempotency-Key est encore en cours ; réessayez dans un instant.',
  },
  'error.EXTERNAL_ID_TAKEN': {
    en: 'The external id “{externalId}” is already used in this organisation.',
    nl: 'De externe id “{externalId}” wordt al gebruikt in deze organisatie.',
    fr: 'L’identifiant externe « {externalId} » est déjà utilisé dans cette organisation.',
  },
  'error.IMPORT_FAILED': {
    en: 'The file cannot be imported: {reason}',
    nl: 'Het bestand kan niet geïmporteerd worden: {reason}',
    fr: 'Le fichier ne peut pas être importé : {reason}',
  },
  'issue.invalid_key': {
    en: 'Use lower-case letters and digits, with single “_” or “-” between them (for example “neet_referral”).',
    nl: 'Gebruik kleine letters en cijfers, met enkele “_” of “-” ertussen (bijvoorbeeld “neet_referral”).',
    fr: 'Utilisez des minuscules et des chiffres, séparés par un seul « _ » ou « - » (par exemple « neet_referral »).',
  },
  'issue.future_date': {
    en: 'This date is in the future.',
    nl: 'Deze datum ligt in de toekomst.',
    fr: 'Cette date est dans le futur.',
  },
  'issue.unknown_location': {
    en: 'There is no such location in this organisation.',
    nl: 'Deze locatie bestaat niet in deze organisatie.',
    fr: "Ce lieu n'existe pas dans cette organisation.",
  },
  'issue.unknown_activity': {
    en: 'There is no such activity in this organisation.',
    nl: 'Deze activiteit bestaat niet in deze organisatie.',
    fr: "Cette activité n'existe pas dans cette organisation.",
  },
  'issue.activity_type_mismatch': {
    en: 'A contact of this type cannot belong to this activity (it takes {type} contacts).',
    nl: 'Een contact van dit type kan niet bij deze activiteit horen (die neemt contacten van het type {type}).',
    fr: 'Un contact de ce type ne peut pas appartenir à cette activité (elle prend des contacts de type {type}).',
  },
  'issue.type_takes_no_activity': {
    en: 'Contacts of this type do not belong to an activity.',
    nl: 'Contacten van dit type horen niet bij een activiteit.',
    fr: "Les contacts de ce type n'appartiennent pas à une activité.",
  },
  'issue.activity_cancelled': {
    en: 'This activity is cancelled.',
    nl: 'Deze activiteit is geannuleerd.',
    fr: 'Cette activité est annulée.',
  },
  'issue.unknown_kind': {
    en: 'There is no active activity kind “{value}” in this organisation.',
    nl: 'Er is geen actieve activiteitsoort “{value}” in deze organisatie.',
    fr: "Il n'y a pas de type d'activité actif « {value} » dans cette organisation.",
  },
  'issue.kind_category_locked': {
    en: 'This activity has attendance: its kind can only change within the same category.',
    nl: 'Deze activiteit heeft aanwezigen: de soort kan enkel binnen dezelfde categorie veranderen.',
    fr: "Cette activité a des présences : son type ne peut changer qu'au sein de la même catégorie.",
  },
  'issue.unknown_language': {
    en: 'Unknown language code.',
    nl: 'Onbekende taalcode.',
    fr: 'Code de langue inconnu.',
  },
  'issue.unknown_type': {
    en: 'Unknown contact type “{value}”.',
    nl: 'Onbekend contacttype “{value}”.',
    fr: 'Type de contact inconnu « {value} ».',
  },
  'issue.unknown_theme': {
    en: 'Unknown theme “{value}”.',
    nl: 'Onbekend thema “{value}”.',
    fr: 'Thème inconnu « {value} ».',
  },
  'issue.unknown_channel': {
    en: 'Unknown channel “{value}”.',
    nl: 'Onbekend kanaal “{value}”.',
    fr: 'Canal inconnu « {value} ».',
  },
  'issue.invalid_time': {
    en: 'Not a time of day (HH:MM).',
    nl: 'Geen geldig tijdstip (UU:MM).',
    fr: 'Pas une heure valide (HH:MM).',
  },
  'issue.invalid_datetime': {
    en: 'Not a date and time with a time zone offset.',
    nl: 'Geen datum en tijd met tijdzoneverschil.',
    fr: 'Pas une date et heure avec décalage horaire.',
  },
  'issue.ends_before_start': {
    en: 'The end is before the start.',
    nl: 'Het einde ligt voor het begin.',
    fr: 'La fin précède le début.',
  },
  'issue.period_reversed': {
    en: 'The end date is before the start date.',
    nl: 'De einddatum ligt voor de begindatum.',
    fr: 'La date de fin précède la date de début.',
  },
  'issue.period_too_long': {
    en: 'The period may span at most {maximum} days.',
    nl: 'De periode mag ten hoogste {maximum} dagen omvatten.',
    fr: 'La période peut couvrir au plus {maximum} jours.',
  },
  'issue.unknown_dimension': {
    en: 'Unknown dimension.',
    nl: 'Onbekende dimensie.',
    fr: 'Dimension inconnue.',
  },
  'issue.too_many_dimensions': {
    en: 'At most three dimensions.',
    nl: 'Ten hoogste drie dimensies.',
    fr: 'Trois dimensions au plus.',
  },
  'issue.not_whole_number': {
    en: 'Must be a whole number of at least 1.',
    nl: 'Moet een geheel getal van minstens 1 zijn.',
    fr: 'Doit être un nombre entier d’au moins 1.',
  },
  'issue.ambiguous_postal_code': {
    en: 'Postal code {value} covers two municipalities; use the NIS code.',
    nl: 'Postcode {value} dekt twee gemeenten; gebruik de NIS-code.',
    fr: 'Le code postal {value} couvre deux communes ; utilisez le code INS.',
  },
  'issue.duplicate_external_id': {
    en: 'The external id “{value}” appears twice (first on line {line}).',
    nl: 'De externe id “{value}” komt twee keer voor (eerst op regel {line}).',
    fr: "L'identifiant externe « {value} » apparaît deux fois (d'abord à la ligne {line}).",
  },
  'issue.external_id_taken': {
    en: 'Already used in this organisation.',
    nl: 'Al in gebruik in deze organisatie.',
    fr: 'Déjà utilisé dans cette organisation.',
  },
  'issue.correction_not_allowed': {
    en: 'The contact with external id “{externalId}” was recorded by someone else or more than {hours} hours ago: you may not change it. Ask an organisation admin.',
    nl: 'Het contact met externe id “{externalId}” werd door iemand anders of meer dan {hours} uur geleden geregistreerd: u mag het niet wijzigen. Vraag het aan een organisatiebeheerder.',
    fr: "Le contact d'identifiant externe « {externalId} » a été enregistré par quelqu'un d'autre ou il y a plus de {hours} heures : vous ne pouvez pas le modifier. Demandez à un administrateur de l'organisation.",
  },

  'contactType.individual_advice': {
    en: 'Individual advice',
    nl: 'Individueel advies',
    fr: 'Conseil individuel',
  },
  'contactType.documentation_centre': {
    en: 'Documentation centre',
    nl: 'Documentatiecentrum',
    fr: 'Centre de documentation',
  },
  'contactType.collective_activity': {
    en: 'Collective activity',
    nl: 'Collectieve activiteit',
    fr: 'Activité collective',
  },
  'contactType.event': { en: 'Fair or event', nl: 'Beurs of evenement', fr: 'Salon ou événement' },
  'contactType.outreach': { en: 'Outreach', nl: 'Mobiele werking', fr: 'Action de proximité' },
  'channel.walk_in': { en: 'Walk-in', nl: 'Binnenloop', fr: 'Sans rendez-vous' },
  'channel.phone': { en: 'Phone', nl: 'Telefoon', fr: 'Téléphone' },
  'channel.email': { en: 'E-mail', nl: 'E-mail', fr: 'E-mail' },
  'channel.online': { en: 'Online', nl: 'Online', fr: 'En ligne' },
  // Not the contact type of the same key: how the person was met (out of the office).
  'channel.outreach': { en: 'In the field', nl: 'Op het terrein', fr: 'Sur le terrain' },
  'activityCategory.collective': {
    en: 'Collective session',
    nl: 'Collectieve sessie',
    fr: 'Séance collective',
  },
  'activityCategory.event': {
    en: 'Fair or event',
    nl: 'Beurs of evenement',
    fr: 'Salon ou événement',
  },
  'activityCategory.outreach': {
    en: 'Outreach trip',
    nl: 'Mobiele actie',
    fr: 'Sortie de proximité',
  },
  'activityStatus.planned': { en: 'Planned', nl: 'Gepland', fr: 'Prévue' },
  'activityStatus.held': { en: 'Held', nl: 'Gehouden', fr: 'Tenue' },
  'activityStatus.cancelled': { en: 'Cancelled', nl: 'Geannuleerd', fr: 'Annulée' },
  'activityKind.workshop': { en: 'Workshop', nl: 'Workshop', fr: 'Atelier' },
  'activityKind.info_session': {
    en: 'Information session',
    nl: 'Infosessie',
    fr: "Séance d'information",
  },
  'activityKind.vr_orientation': {
    en: 'VR orientation',
    nl: 'VR-oriëntatie',
    fr: 'Orientation en réalité virtuelle',
  },
  'activityKind.expert_talk': {
    en: 'Talk by a professional',
    nl: 'Getuigenis van een professional',
    fr: 'Rencontre avec un professionnel',
  },
  'activityKind.job_day': { en: 'Job day', nl: 'Jobdag', fr: "Journée de l'emploi" },
  'activityKind.visit': {
    en: 'Company or school visit',
    nl: 'Bedrijfs- of schoolbezoek',
    fr: "Visite d'entreprise ou d'école",
  },
  'activityKind.fair': { en: 'Fair', nl: 'Beurs', fr: 'Salon' },
  'activityKind.event': { en: 'Event', nl: 'Evenement', fr: 'Événement' },
  'activityKind.outreach_trip': {
    en: 'Formtruck trip',
    nl: 'Formtruckrit',
    fr: 'Sortie du Formtruck',
  },
});
