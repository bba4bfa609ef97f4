import { defineMessages } from '../define.ts';

/** The audit log page (action names are in audit.ts as audit.action.*). */
export const webAuditMessages = defineMessages({
  'audit.title': { en: 'Audit log', nl: 'Auditlog', fr: 'Journal d’audit' },
  'audit.intro': {
    en: 'Who did what and when in this organisation. Times are shown in the {timeZone} time zone.',
    nl: 'Wie wat deed en wanneer in deze organisatie. Tijden staan in de tijdzone {timeZone}.',
    fr: 'Qui a fait quoi et quand dans cette organisation. Les heures sont affichées dans le fuseau {timeZone}.',
  },
  'audit.filters': {
    en: 'Filter the audit log',
    nl: 'Auditlog filteren',
    fr: 'Filtrer le journal d’audit',
  },
  'audit.filter.text': { en: 'Text', nl: 'Tekst', fr: 'Texte' },
  'audit.filter.text.hint': {
    en: 'Part of a name, action, entity or identifier.',
    nl: 'Deel van een naam, actie, entiteit of identificatie.',
    fr: 'Partie d’un nom, d’une action, d’une entité ou d’un identifiant.',
  },
  'audit.filter.action.all': { en: 'All actions', nl: 'Alle acties', fr: 'Toutes les actions' },
  'audit.filter.scope': { en: 'Events of', nl: 'Gebeurtenissen van', fr: 'Événements de' },
  'audit.scope.organisation': {
    en: 'This organisation',
    nl: 'Deze organisatie',
    fr: 'Cette organisation',
  },
  'audit.scope.installation': {
    en: 'The installation (log-ins, set-up)',
    nl: 'De installatie (aanmeldingen, installatie)',
    fr: "L'installation (connexions, configuration)",
  },
  'audit.filter.from': { en: 'From', nl: 'Van', fr: 'Du' },
  'audit.filter.to': { en: 'To', nl: 'Tot en met', fr: 'Au' },
  'audit.filter.personalData': {
    en: 'Only events with personal data',
    nl: 'Alleen gebeurtenissen met persoonsgegevens',
    fr: 'Uniquement les événements avec données personnelles',
  },
  'audit.filter.apply': {
    en: 'Apply filters',
    nl: 'Filters toepassen',
    fr: 'Appliquer les filtres',
  },
  'audit.filter.reset': { en: 'Clear filters', nl: 'Filters wissen', fr: 'Effacer les filtres' },
  'audit.caption': {
    en: 'Audit events ({total, plural, one {# result} other {# results}})',
    nl: 'Auditgebeurtenissen ({total, plural, one {# resultaat} other {# resultaten}})',
    fr: 'Événements d’audit ({total, plural, one {# résultat} other {# résultats}})',
  },
  'audit.empty': {
    en: 'No event matches these filters.',
    nl: 'Geen gebeurtenis voldoet aan deze filters.',
    fr: 'Aucun événement ne correspond à ces filtres.',
  },
  'audit.field.at': { en: 'Time', nl: 'Tijdstip', fr: 'Moment' },
  'audit.field.user': { en: 'User', nl: 'Gebruiker', fr: 'Utilisateur' },
  'audit.field.action': { en: 'Action', nl: 'Actie', fr: 'Action' },
  'audit.field.entity': { en: 'Entity', nl: 'Entiteit', fr: 'Entité' },
  'audit.field.fields': { en: 'Fields', nl: 'Velden', fr: 'Champs' },
  'audit.field.personalData': {
    en: 'Personal data',
    nl: 'Persoonsgegevens',
    fr: 'Données personnelles',
  },
  'audit.personalData.yes': { en: 'Yes', nl: 'Ja', fr: 'Oui' },
  'audit.personalData.no': { en: 'No', nl: 'Nee', fr: 'Non' },
  'audit.user.system': { en: 'System', nl: 'Systeem', fr: 'Système' },
});
