import { defineMessages } from '../define.ts';

/** Names of audited actions, shown in the audit log page. */
export const auditMessages = defineMessages({
  'audit.action.auth.login': { en: 'Logged in', nl: 'Aangemeld', fr: 'Connexion' },
  'audit.action.auth.login_failed': {
    en: 'Failed log-in',
    nl: 'Mislukte aanmelding',
    fr: 'Connexion échouée',
  },
  'audit.action.auth.logout': { en: 'Logged out', nl: 'Afgemeld', fr: 'Déconnexion' },
  'audit.action.auth.password_changed': {
    en: 'Password changed',
    nl: 'Wachtwoord gewijzigd',
    fr: 'Mot de passe modifié',
  },
  'audit.action.setup.completed': {
    en: 'First set-up',
    nl: 'Eerste installatie',
    fr: 'Première configuration',
  },
  'audit.action.organisation.created': {
    en: 'Organisation created',
    nl: 'Organisatie aangemaakt',
    fr: 'Organisation créée',
  },
  'audit.action.organisation.updated': {
    en: 'Organisation changed',
    nl: 'Organisatie gewijzigd',
    fr: 'Organisation modifiée',
  },
  'audit.action.user.created': {
    en: 'User created',
    nl: 'Gebruiker aangemaakt',
    fr: 'Utilisateur créé',
  },
  'audit.action.user.updated': {
    en: 'User changed',
    nl: 'Gebruiker gewijzigd',
    fr: 'Utilisateur modifié',
  },
  'audit.action.user.read': {
    en: 'User data viewed',
    nl: 'Gebruikersgegevens bekeken',
    fr: 'Données utilisateur consultées',
  },
  'audit.action.member.added': { en: 'Member added', nl: 'Lid toegevoegd', fr: 'Membre ajouté' },
  'audit.action.member.updated': {
    en: 'Member roles changed',
    nl: 'Rollen van lid gewijzigd',
    fr: 'Rôles du membre modifiés',
  },
  'audit.action.member.removed': {
    en: 'Member removed',
    nl: 'Lid verwijderd',
    fr: 'Membre retiré',
  },
  'audit.action.member.listed': {
    en: 'Member list viewed',
    nl: 'Ledenlijst bekeken',
    fr: 'Liste des membres consultée',
  },
  'audit.action.location.created': {
    en: 'Location created',
    nl: 'Locatie aangemaakt',
    fr: 'Lieu créé',
  },
  'audit.action.location.updated': {
    en: 'Location changed',
    nl: 'Locatie gewijzigd',
    fr: 'Lieu modifié',
  },
  'audit.action.token.created': {
    en: 'API token created',
    nl: 'API-token aangemaakt',
    fr: 'Jeton API créé',
  },
  'audit.action.token.revoked': {
    en: 'API token revoked',
    nl: 'API-token ingetrokken',
    fr: 'Jeton API révoqué',
  },
  'audit.action.demo.loaded': {
    en: 'Demo data loaded',
    nl: 'Demogegevens geladen',
    fr: 'Données de démonstration chargées',
  },
  'audit.action.activity.attendance_recorded': {
    en: 'Attendance recorded',
    nl: 'Aanwezigheid geregistreerd',
    fr: 'Présence enregistrée',
  },
  'audit.action.activity.cancelled': {
    en: 'Activity cancelled',
    nl: 'Activiteit geannuleerd',
    fr: 'Activité annulée',
  },
  'audit.action.activity.created': {
    en: 'Activity planned',
    nl: 'Activiteit gepland',
    fr: 'Activité planifiée',
  },
  'audit.action.activity.deleted': {
    en: 'Activity deleted',
    nl: 'Activiteit verwijderd',
    fr: 'Activité supprimée',
  },
  'audit.action.activity.updated': {
    en: 'Activity changed',
    nl: 'Activiteit gewijzigd',
    fr: 'Activité modifiée',
  },
  'audit.action.activity_kind.created': {
    en: 'Activity kind added',
    nl: 'Activiteitsoort toegevoegd',
    fr: "Type d'activité ajouté",
  },
  'audit.action.activity_kind.updated': {
    en: 'Activity kind changed',
    nl: 'Activiteitsoort gewijzigd',
    fr: "Type d'activité modifié",
  },
  'audit.action.contact.batch_recorded': {
    en: 'Contacts recorded in a batch',
    nl: 'Contacten in bulk geregistreerd',
    fr: 'Contacts enregistrés par lot',
  },
  'audit.action.contact.created': {
    en: 'Contact recorded',
    nl: 'Contact geregistreerd',
    fr: 'Contact enregistré',
  },
  'audit.action.contact.deleted': {
    en: 'Contact undone',
    nl: 'Contact ongedaan gemaakt',
    fr: 'Contact annulé',
  },
  'audit.action.contact.imported': {
    en: 'Contacts imported',
    nl: 'Contacten geïmporteerd',
    fr: 'Contacts importés',
  },
  'audit.action.contact.updated': {
    en: 'Contact corrected',
    nl: 'Contact gecorrigeerd',
    fr: 'Contact corrigé',
  },
  'audit.action.contact_tag.saved': {
    en: 'Tag saved',
    nl: 'Label opgeslagen',
    fr: 'Étiquette enregistrée',
  },
});
