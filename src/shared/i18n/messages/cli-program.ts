import { defineMessages } from '../define.ts';

/** The `parcours` program: description, global and shared options, help layout. */
export const cliProgramMessages = defineMessages({
  // Program, global options and help layout
  'cli.program.description': {
    en: 'Parcours: guidance towards learning and work. Administer an installation from the command line.',
    nl: 'Parcours: begeleiding naar leren en werken. Beheer een installatie vanaf de opdrachtregel.',
    fr: "Parcours : l'accompagnement vers la formation et l'emploi. Administrez une installation en ligne de commande.",
  },
  'cli.option.data': {
    en: 'data directory (overrides PARCOURS_DATA_DIR)',
    nl: 'datamap (heeft voorrang op PARCOURS_DATA_DIR)',
    fr: 'dossier de données (remplace PARCOURS_DATA_DIR)',
  },
  'cli.option.lang': {
    en: 'language of the output: nl, fr or en (default: PARCOURS_LANG, else en)',
    nl: 'taal van de uitvoer: nl, fr of en (standaard: PARCOURS_LANG, anders en)',
    fr: 'langue des messages : nl, fr ou en (par défaut : PARCOURS_LANG, sinon en)',
  },
  'cli.option.verbose': {
    en: 'show the technical details of unexpected errors',
    nl: 'toon de technische details van onverwachte fouten',
    fr: 'afficher les détails techniques des erreurs inattendues',
  },
  'cli.option.help': { en: 'show help', nl: 'toon hulp', fr: "afficher l'aide" },
  'cli.option.version': { en: 'show the version', nl: 'toon de versie', fr: 'afficher la version' },
  'cli.command.help': {
    en: 'show help for a command',
    nl: 'toon hulp bij een opdracht',
    fr: "afficher l'aide d'une commande",
  },
  'cli.help.usage': { en: 'Usage:', nl: 'Gebruik:', fr: 'Utilisation :' },
  'cli.help.options': { en: 'Options:', nl: 'Opties:', fr: 'Options :' },
  'cli.help.globalOptions': {
    en: 'Global options:',
    nl: 'Algemene opties:',
    fr: 'Options globales :',
  },
  'cli.help.commands': { en: 'Commands:', nl: 'Opdrachten:', fr: 'Commandes :' },
  'cli.help.arguments': { en: 'Arguments:', nl: 'Argumenten:', fr: 'Arguments :' },

  // Options shared by several commands
  'cli.option.org': {
    en: 'short name (slug) of the organisation',
    nl: 'korte naam (slug) van de organisatie',
    fr: "nom court (slug) de l'organisation",
  },
  'cli.option.slug': {
    en: 'short name: lower-case letters, digits and hyphens',
    nl: 'korte naam: kleine letters, cijfers en koppeltekens',
    fr: 'nom court : minuscules, chiffres et tirets',
  },
  'cli.option.name': { en: 'display name', nl: 'weergavenaam', fr: "nom d'affichage" },
  'cli.option.orgKind': {
    en: 'kind of organisation: {kinds}',
    nl: 'soort organisatie: {kinds}',
    fr: "type d'organisation : {kinds}",
  },
  'cli.option.orgLanguage': {
    en: 'default language of the organisation: nl, fr or en (default: nl)',
    nl: 'standaardtaal van de organisatie: nl, fr of en (standaard: nl)',
    fr: "langue par défaut de l'organisation : nl, fr ou en (par défaut : nl)",
  },
  'cli.option.timeZone': {
    en: 'time zone (default: Europe/Brussels)',
    nl: 'tijdzone (standaard: Europe/Brussels)',
    fr: 'fuseau horaire (par défaut : Europe/Brussels)',
  },
  'cli.option.email': {
    en: 'e-mail address of the user',
    nl: 'e-mailadres van de gebruiker',
    fr: "adresse e-mail de l'utilisateur",
  },
  'cli.option.userName': {
    en: 'full name (needed for a new account)',
    nl: 'volledige naam (nodig voor een nieuwe account)',
    fr: 'nom complet (nécessaire pour un nouveau compte)',
  },
  'cli.option.userLanguage': {
    en: 'language of the user: nl, fr or en (default: nl)',
    nl: 'taal van de gebruiker: nl, fr of en (standaard: nl)',
    fr: "langue de l'utilisateur : nl, fr ou en (par défaut : nl)",
  },
  'cli.option.role': {
    en: 'role in the organisation, can be repeated: {roles}',
    nl: 'rol in de organisatie, mag herhaald worden: {roles}',
    fr: "rôle dans l'organisation, peut être répété : {roles}",
  },
  'cli.option.passwordStdin': {
    en: 'read the password from the first line of standard input (otherwise one is generated)',
    nl: 'lees het wachtwoord van de eerste regel van de standaardinvoer (anders wordt er een aangemaakt)',
    fr: "lire le mot de passe sur la première ligne de l'entrée standard (sinon il est généré)",
  },
});
