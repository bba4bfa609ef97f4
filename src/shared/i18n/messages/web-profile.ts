import { defineMessages } from '../define.ts';

/** The profile page: details, password, personal API tokens. */
export const webProfileMessages = defineMessages({
  'profile.title': { en: 'My profile', nl: 'Mijn profiel', fr: 'Mon profil' },
  'profile.intro': {
    en: 'Logged in as {email}.',
    nl: 'Aangemeld als {email}.',
    fr: 'Connecté en tant que {email}.',
  },
  'profile.details': { en: 'Name and language', nl: 'Naam en taal', fr: 'Nom et langue' },
  'profile.saved': {
    en: 'Your profile has been saved.',
    nl: 'Uw profiel is opgeslagen.',
    fr: 'Votre profil a été enregistré.',
  },
  'profile.password': {
    en: 'Change password',
    nl: 'Wachtwoord wijzigen',
    fr: 'Changer de mot de passe',
  },
  'profile.password.current': {
    en: 'Current password',
    nl: 'Huidig wachtwoord',
    fr: 'Mot de passe actuel',
  },
  'profile.password.new': {
    en: 'New password',
    nl: 'Nieuw wachtwoord',
    fr: 'Nouveau mot de passe',
  },
  'profile.password.submit': {
    en: 'Change password',
    nl: 'Wachtwoord wijzigen',
    fr: 'Changer le mot de passe',
  },
  'profile.password.changed': {
    en: 'Your password has been changed.',
    nl: 'Uw wachtwoord is gewijzigd.',
    fr: 'Votre mot de passe a été modifié.',
  },
  'profile.password.sessionsEnded': {
    en: '{count, plural, =0 {You had no other sessions.} one {Your other session has been logged out.} other {Your # other sessions have been logged out.}}',
    nl: '{count, plural, =0 {U had geen andere sessies.} one {Uw andere sessie is afgemeld.} other {Uw # andere sessies zijn afgemeld.}}',
    fr: "{count, plural, =0 {Vous n'aviez pas d'autre session.} one {Votre autre session a été déconnectée.} other {Vos # autres sessions ont été déconnectées.}}",
  },
  'profile.password.tokensRevoked': {
    en: '{count, plural, =0 {You had no API tokens.} one {Your API token has been revoked: create a new one for your integrations.} other {Your # API tokens have been revoked: create new ones for your integrations.}}',
    nl: '{count, plural, =0 {U had geen API-tokens.} one {Uw API-token is ingetrokken: maak een nieuw aan voor uw koppelingen.} other {Uw # API-tokens zijn ingetrokken: maak nieuwe aan voor uw koppelingen.}}',
    fr: "{count, plural, =0 {Vous n'aviez pas de jeton d'API.} one {Votre jeton d'API a été révoqué : créez-en un nouveau pour vos intégrations.} other {Vos # jetons d'API ont été révoqués : créez-en de nouveaux pour vos intégrations.}}",
  },
  'tokens.title': { en: 'API tokens', nl: 'API-tokens', fr: 'Jetons API' },
  'tokens.intro': {
    en: 'A personal token lets a script or another application use the Parcours API on your behalf, in one organisation. Treat it like a password.',
    nl: 'Met een persoonlijk token kan een script of een andere toepassing de API van Parcours in uw naam gebruiken, in één organisatie. Behandel het als een wachtwoord.',
    fr: 'Un jeton personnel permet à un script ou à une autre application d’utiliser l’API de Parcours en votre nom, dans une organisation. Traitez-le comme un mot de passe.',
  },
  'tokens.new': { en: 'New token', nl: 'Nieuw token', fr: 'Nouveau jeton' },
  'tokens.field.name': { en: 'Token name', nl: 'Naam van het token', fr: 'Nom du jeton' },
  'tokens.field.name.hint': {
    en: 'What it is for, e.g. “monthly export”. Valid in {organisation}.',
    nl: 'Waarvoor het dient, bv. “maandelijkse export”. Geldig in {organisation}.',
    fr: 'À quoi il sert, p. ex. « export mensuel ». Valable dans {organisation}.',
  },
  'tokens.field.expiresInDays': {
    en: 'Valid for (days)',
    nl: 'Geldig gedurende (dagen)',
    fr: 'Valable pendant (jours)',
  },
  'tokens.field.expiresInDays.hint': {
    en: 'From 1 to 3650. Leave empty for a token that never expires.',
    nl: 'Van 1 tot 3650. Laat leeg voor een token dat nooit verloopt.',
    fr: 'De 1 à 3650. Laissez vide pour un jeton qui n’expire jamais.',
  },
  'tokens.create': { en: 'Create token', nl: 'Token aanmaken', fr: 'Créer le jeton' },
  'tokens.created': {
    en: 'Token “{name}” created',
    nl: 'Token “{name}” aangemaakt',
    fr: 'Jeton « {name} » créé',
  },
  'tokens.once': {
    en: 'Copy this token now. It is shown only once; afterwards only its first characters are kept visible.',
    nl: 'Kopieer dit token nu. Het wordt maar één keer getoond; daarna blijven alleen de eerste tekens zichtbaar.',
    fr: 'Copiez ce jeton maintenant. Il n’est affiché qu’une seule fois ; ensuite seuls ses premiers caractères restent visibles.',
  },
  'tokens.caption': {
    en: 'Your tokens ({total, plural, one {# token} other {# tokens}})',
    nl: 'Uw tokens ({total, plural, one {# token} other {# tokens}})',
    fr: 'Vos jetons ({total, plural, one {# jeton} other {# jetons}})',
  },
  'tokens.empty': {
    en: 'You have no API tokens.',
    nl: 'U hebt geen API-tokens.',
    fr: 'Vous n’avez aucun jeton API.',
  },
  'tokens.field.organisation': { en: 'Organisation', nl: 'Organisatie', fr: 'Organisation' },
  'tokens.field.created': { en: 'Created', nl: 'Aangemaakt', fr: 'Créé le' },
  'tokens.field.lastUsed': { en: 'Last used', nl: 'Laatst gebruikt', fr: 'Dernière utilisation' },
  'tokens.field.expires': { en: 'Expires', nl: 'Verloopt', fr: 'Expire le' },
  'tokens.field.status': { en: 'Status', nl: 'Status', fr: 'Statut' },
  'tokens.neverUsed': { en: 'Never', nl: 'Nooit', fr: 'Jamais' },
  'tokens.noExpiry': { en: 'Never', nl: 'Nooit', fr: 'Jamais' },
  'tokens.status.active': { en: 'Active', nl: 'Actief', fr: 'Actif' },
  'tokens.status.expired': { en: 'Expired', nl: 'Verlopen', fr: 'Expiré' },
  'tokens.status.revoked': { en: 'Revoked', nl: 'Ingetrokken', fr: 'Révoqué' },
  'tokens.revoke': { en: 'Revoke', nl: 'Intrekken', fr: 'Révoquer' },
  'tokens.revoked': {
    en: 'Token “{name}” revoked.',
    nl: 'Token “{name}” ingetrokken.',
    fr: 'Jeton « {name} » révoqué.',
  },
});
