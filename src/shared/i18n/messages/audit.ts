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
});
