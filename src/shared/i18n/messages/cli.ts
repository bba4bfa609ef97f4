import { defineMessages } from '../define.ts';

import { cliCommandMessages } from './cli-commands.ts';
import { cliProgramMessages } from './cli-program.ts';

/** Table headings and CLI-only errors. */
export const cliOutputMessages = defineMessages({
  // Table headings
  'cli.column.slug': { en: 'SHORT NAME', nl: 'KORTE NAAM', fr: 'NOM COURT' },
  'cli.column.name': { en: 'NAME', nl: 'NAAM', fr: 'NOM' },
  'cli.column.kind': { en: 'KIND', nl: 'SOORT', fr: 'TYPE' },
  'cli.column.language': { en: 'LANGUAGE', nl: 'TAAL', fr: 'LANGUE' },
  'cli.column.timeZone': { en: 'TIME ZONE', nl: 'TIJDZONE', fr: 'FUSEAU HORAIRE' },
  'cli.column.email': { en: 'E-MAIL', nl: 'E-MAIL', fr: 'E-MAIL' },
  'cli.column.organisation': { en: 'ORGANISATION', nl: 'ORGANISATIE', fr: 'ORGANISATION' },
  'cli.column.role': { en: 'ROLE', nl: 'ROL', fr: 'RÔLE' },
  'cli.column.municipality': { en: 'MUNICIPALITY', nl: 'GEMEENTE', fr: 'COMMUNE' },
  'cli.column.address': { en: 'ADDRESS', nl: 'ADRES', fr: 'ADRESSE' },

  // Errors of the command line itself
  'cli.error.orgNotFound': {
    en: 'There is no organisation with the short name "{slug}".',
    nl: 'Er is geen organisatie met de korte naam "{slug}".',
    fr: "Il n'y a pas d'organisation avec le nom court « {slug} ».",
  },
  'cli.error.userNotFound': {
    en: 'There is no user with the e-mail address {email}.',
    nl: 'Er is geen gebruiker met het e-mailadres {email}.',
    fr: "Il n'y a pas d'utilisateur avec l'adresse e-mail {email}.",
  },
  'cli.error.notMember': {
    en: '{email} is not a member of {org}.',
    nl: '{email} is geen lid van {org}.',
    fr: "{email} n'est pas membre de {org}.",
  },
  'cli.error.unexpected': {
    en: 'Unexpected error: {message} (run again with --verbose for details)',
    nl: 'Onverwachte fout: {message} (voer opnieuw uit met --verbose voor details)',
    fr: 'Erreur inattendue : {message} (relancez avec --verbose pour les détails)',
  },
  'cli.error.databaseUnavailable': {
    en: 'The database cannot be reached: {message}',
    nl: 'De databank is niet bereikbaar: {message}',
    fr: 'La base de données est injoignable : {message}',
  },
  'cli.error.addressInUse': {
    en: 'The address {address} is already in use: stop the other server or choose another PORT.',
    nl: 'Het adres {address} is al in gebruik: stop de andere server of kies een andere PORT.',
    fr: "L'adresse {address} est déjà utilisée : arrêtez l'autre serveur ou choisissez un autre PORT.",
  },
  'cli.usage.unknownOption': {
    en: 'Unknown option {option}.',
    nl: 'Onbekende optie {option}.',
    fr: 'Option inconnue {option}.',
  },
  'cli.usage.unknownCommand': {
    en: 'Unknown command {command}.',
    nl: 'Onbekende opdracht {command}.',
    fr: 'Commande inconnue {command}.',
  },
  'cli.usage.missingOption': {
    en: 'The option {option} is required.',
    nl: 'De optie {option} is verplicht.',
    fr: "L'option {option} est obligatoire.",
  },
  'cli.usage.missingValue': {
    en: 'The option {option} needs a value.',
    nl: 'De optie {option} heeft een waarde nodig.',
    fr: "L'option {option} a besoin d'une valeur.",
  },
  'cli.usage.excessArguments': {
    en: 'Too many arguments.',
    nl: 'Te veel argumenten.',
    fr: "Trop d'arguments.",
  },
  'cli.usage.invalidLanguage': {
    en: 'Unknown language "{lang}": use nl, fr or en.',
    nl: 'Onbekende taal "{lang}": gebruik nl, fr of en.',
    fr: 'Langue inconnue « {lang} » : utilisez nl, fr ou en.',
  },
  'cli.usage.invalid': {
    en: 'The command is not used correctly.',
    nl: 'De opdracht wordt niet correct gebruikt.',
    fr: "La commande n'est pas utilisée correctement.",
  },
  'cli.usage.hint': {
    en: 'See "parcours --help".',
    nl: 'Zie "parcours --help".',
    fr: 'Voir « parcours --help ».',
  },
});

/** Everything the `parcours` command prints: help texts, results and CLI-only errors. */
export const cliMessages = { ...cliProgramMessages, ...cliCommandMessages, ...cliOutputMessages };
