import { defineMessages } from '../define.ts';

/** What each `parcours` command says: descriptions, options and results. */
export const cliCommandMessages = defineMessages({
  // serve, migrate
  'cli.serve.description': {
    en: 'start the web application and the API',
    nl: 'start de webtoepassing en de API',
    fr: "démarrer l'application web et l'API",
  },
  'cli.serve.listening': {
    en: 'Parcours is running at {url} (stop with Ctrl+C).',
    nl: 'Parcours draait op {url} (stoppen met Ctrl+C).',
    fr: 'Parcours fonctionne sur {url} (arrêt avec Ctrl+C).',
  },
  'cli.serve.noPublicUrl': {
    en: 'PUBLIC_URL is not set: questionnaire links and QR codes use the address the browser used. Opened as localhost or 127.0.0.1 they work on this computer only — set PUBLIC_URL to the address visitors reach.',
    nl: 'PUBLIC_URL is niet ingesteld: links en QR-codes van vragenlijsten gebruiken het adres waarmee de browser de app opende. Via localhost of 127.0.0.1 werken ze alleen op deze computer — stel PUBLIC_URL in op het adres dat bezoekers bereiken.',
    fr: 'PUBLIC_URL n’est pas défini : les liens et codes QR des questionnaires utilisent l’adresse par laquelle le navigateur a ouvert l’application. Via localhost ou 127.0.0.1, ils ne fonctionnent que sur cet ordinateur — définissez PUBLIC_URL avec l’adresse que les visiteurs atteignent.',
  },
  'cli.migrate.description': {
    en: 'bring the database schema up to date',
    nl: 'breng het databankschema up-to-date',
    fr: 'mettre à jour le schéma de la base de données',
  },
  'cli.migrate.done': {
    en: 'The database ({engine}) is up to date.',
    nl: 'De databank ({engine}) is up-to-date.',
    fr: 'La base de données ({engine}) est à jour.',
  },

  // setup, demo
  'cli.setup.description': {
    en: 'first-run setup: create the first organisation and its administrator',
    nl: 'eerste installatie: maak de eerste organisatie en haar beheerder aan',
    fr: 'première installation : créer la première organisation et son administrateur',
  },
  'cli.setup.option.orgSlug': {
    en: 'short name of the first organisation',
    nl: 'korte naam van de eerste organisatie',
    fr: 'nom court de la première organisation',
  },
  'cli.setup.option.orgName': {
    en: 'name of the first organisation',
    nl: 'naam van de eerste organisatie',
    fr: 'nom de la première organisation',
  },
  'cli.setup.option.email': {
    en: 'e-mail address of the administrator',
    nl: 'e-mailadres van de beheerder',
    fr: "adresse e-mail de l'administrateur",
  },
  'cli.setup.option.name': {
    en: 'name of the administrator',
    nl: 'naam van de beheerder',
    fr: "nom de l'administrateur",
  },
  'cli.setup.option.demo': {
    en: 'also load the demo organisations and users',
    nl: 'laad ook de demo-organisaties en -gebruikers',
    fr: 'charger aussi les organisations et utilisateurs de démonstration',
  },
  'cli.setup.done': {
    en: 'Parcours is set up: organisation {org}, administrator {email}.',
    nl: 'Parcours is ingesteld: organisatie {org}, beheerder {email}.',
    fr: 'Parcours est configuré : organisation {org}, administrateur {email}.',
  },
  'cli.demo.description': {
    en: 'load the demo organisations, locations and users',
    nl: 'laad de demo-organisaties, -locaties en -gebruikers',
    fr: 'charger les organisations, lieux et utilisateurs de démonstration',
  },
  'cli.demo.created': {
    en: 'Demo organisations created: {list}.',
    nl: 'Demo-organisaties aangemaakt: {list}.',
    fr: 'Organisations de démonstration créées : {list}.',
  },
  'cli.demo.skipped': {
    en: 'Loaded earlier and left unchanged: {list}.',
    nl: 'Eerder geladen en ongewijzigd gelaten: {list}.',
    fr: 'Chargées auparavant et laissées telles quelles : {list}.',
  },
  'cli.demo.renamed': {
    en: 'The short name {demo} was already taken by an organisation of this installation: the demo organisation "{name}" is loaded in full as {slug}.',
    nl: 'De korte naam {demo} was al in gebruik door een organisatie van deze installatie: de demo-organisatie "{name}" is volledig geladen als {slug}.',
    fr: 'Le nom court {demo} était déjà pris par une organisation de cette installation : l’organisation de démonstration « {name} » est chargée entièrement sous {slug}.',
  },
  'cli.demo.users': {
    en: 'Demo users:',
    nl: 'Demogebruikers:',
    fr: 'Utilisateurs de démonstration :',
  },
  'cli.demo.allOrganisations': {
    en: 'all organisations',
    nl: 'alle organisaties',
    fr: 'toutes les organisations',
  },
  'cli.demo.password': {
    en: 'Password of the new demo users: {password}',
    nl: 'Wachtwoord van de nieuwe demogebruikers: {password}',
    fr: 'Mot de passe des nouveaux utilisateurs de démonstration : {password}',
  },
  'cli.demo.passwordNote': {
    en: 'This password is shown only this once and is not stored anywhere: note it now.',
    nl: 'Dit wachtwoord wordt slechts deze ene keer getoond en nergens bewaard: noteer het nu.',
    fr: "Ce mot de passe n'est affiché qu'une seule fois et n'est enregistré nulle part : notez-le maintenant.",
  },
  'cli.demo.alreadyLoaded': {
    en: 'The demo is already loaded: nothing was changed and the demo users keep their password.',
    nl: 'De demo is al geladen: er is niets gewijzigd en de demogebruikers behouden hun wachtwoord.',
    fr: 'La démonstration est déjà chargée : rien n’a été modifié et les utilisateurs de démonstration gardent leur mot de passe.',
  },
  'cli.demo.existingUsers': {
    en: 'Demo users that already existed keep their previous password.',
    nl: 'Demogebruikers die al bestonden behouden hun vorige wachtwoord.',
    fr: 'Les utilisateurs de démonstration qui existaient déjà gardent leur mot de passe précédent.',
  },

  // org
  'cli.org.description': {
    en: 'manage organisations',
    nl: 'beheer organisaties',
    fr: 'gérer les organisations',
  },
  'cli.org.add.description': {
    en: 'create an organisation',
    nl: 'maak een organisatie aan',
    fr: 'créer une organisation',
  },
  'cli.org.list.description': {
    en: 'list the organisations',
    nl: 'toon de organisaties',
    fr: 'lister les organisations',
  },
  'cli.org.created': {
    en: 'Organisation {slug} created: {name}.',
    nl: 'Organisatie {slug} aangemaakt: {name}.',
    fr: 'Organisation {slug} créée : {name}.',
  },
  'cli.org.none': {
    en: 'There are no organisations yet.',
    nl: 'Er zijn nog geen organisaties.',
    fr: "Il n'y a pas encore d'organisation.",
  },
  'cli.org.total': {
    en: '{count, plural, one {# organisation} other {# organisations}}',
    nl: '{count, plural, one {# organisatie} other {# organisaties}}',
    fr: '{count, plural, one {# organisation} other {# organisations}}',
  },

  // user
  'cli.user.description': {
    en: 'manage users',
    nl: 'beheer gebruikers',
    fr: 'gérer les utilisateurs',
  },
  'cli.user.add.description': {
    en: 'add a user to an organisation (creates the account when the e-mail address is new)',
    nl: 'voeg een gebruiker toe aan een organisatie (maakt de account aan als het e-mailadres nieuw is)',
    fr: "ajouter un utilisateur à une organisation (crée le compte si l'adresse e-mail est nouvelle)",
  },
  'cli.user.setPassword.description': {
    en: 'give a user a new password (ends all their sessions)',
    nl: 'geef een gebruiker een nieuw wachtwoord (beëindigt al zijn sessies)',
    fr: 'donner un nouveau mot de passe à un utilisateur (met fin à toutes ses sessions)',
  },
  'cli.user.added': {
    en: '{email} is now a member of {org} ({roles}).',
    nl: '{email} is nu lid van {org} ({roles}).',
    fr: '{email} est maintenant membre de {org} ({roles}).',
  },
  'cli.user.existing': {
    en: 'The account {email} already existed: only the membership was added and its password is unchanged.',
    nl: 'De account {email} bestond al: enkel het lidmaatschap is toegevoegd en het wachtwoord is ongewijzigd.',
    fr: "Le compte {email} existait déjà : seule l'adhésion a été ajoutée et son mot de passe est inchangé.",
  },
  'cli.user.passwordSet': {
    en: 'The password of {email} has been changed and their sessions have ended.',
    nl: 'Het wachtwoord van {email} is gewijzigd en zijn sessies zijn beëindigd.',
    fr: 'Le mot de passe de {email} a été modifié et ses sessions ont pris fin.',
  },
  'cli.password.generated': {
    en: 'Generated password: {password}',
    nl: 'Aangemaakt wachtwoord: {password}',
    fr: 'Mot de passe généré : {password}',
  },
  'cli.password.note': {
    en: 'It is shown only this once and cannot be recovered: hand it over securely.',
    nl: 'Het wordt slechts deze ene keer getoond en kan niet teruggehaald worden: bezorg het op een veilige manier.',
    fr: 'Il n’est affiché qu’une seule fois et ne peut pas être récupéré : transmettez-le de manière sûre.',
  },

  // location
  'cli.location.description': {
    en: 'manage the locations of an organisation',
    nl: 'beheer de locaties van een organisatie',
    fr: "gérer les lieux d'une organisation",
  },
  'cli.location.add.description': {
    en: 'add a location',
    nl: 'voeg een locatie toe',
    fr: 'ajouter un lieu',
  },
  'cli.location.list.description': {
    en: 'list the locations of an organisation',
    nl: 'toon de locaties van een organisatie',
    fr: "lister les lieux d'une organisation",
  },
  'cli.option.locationKind': {
    en: 'kind of location: {kinds} (default: office)',
    nl: 'soort locatie: {kinds} (standaard: office)',
    fr: 'type de lieu : {kinds} (par défaut : office)',
  },
  'cli.option.municipality': {
    en: 'NIS code of the Brussels municipality (21001–21019)',
    nl: 'NIS-code van de Brusselse gemeente (21001–21019)',
    fr: 'code INS de la commune bruxelloise (21001–21019)',
  },
  'cli.option.address': { en: 'postal address', nl: 'postadres', fr: 'adresse postale' },
  'cli.location.created': {
    en: 'Location {slug} created in {org}: {name}.',
    nl: 'Locatie {slug} aangemaakt in {org}: {name}.',
    fr: 'Lieu {slug} créé dans {org} : {name}.',
  },
  'cli.location.none': {
    en: '{org} has no locations yet.',
    nl: '{org} heeft nog geen locaties.',
    fr: "{org} n'a pas encore de lieu.",
  },
  'cli.location.inactive': { en: 'inactive', nl: 'inactief', fr: 'inactif' },

  // token
  'cli.token.description': {
    en: 'manage personal API tokens',
    nl: 'beheer persoonlijke API-tokens',
    fr: "gérer les jetons d'API personnels",
  },
  'cli.token.create.description': {
    en: 'create an API token for a user in one organisation',
    nl: 'maak een API-token aan voor een gebruiker in één organisatie',
    fr: "créer un jeton d'API pour un utilisateur dans une organisation",
  },
  'cli.option.tokenName': {
    en: 'what the token is for (shown in the token list)',
    nl: 'waarvoor het token dient (zichtbaar in de lijst van tokens)',
    fr: 'à quoi sert le jeton (visible dans la liste des jetons)',
  },
  'cli.option.expiresDays': {
    en: 'number of days until the token expires (default: 365)',
    nl: 'aantal dagen tot het token vervalt (standaard: 365)',
    fr: "nombre de jours avant l'expiration du jeton (par défaut : 365)",
  },
  'cli.token.created': {
    en: 'API token "{name}" created for {email} in {org}; it expires on {expires, date, long}.',
    nl: 'API-token "{name}" aangemaakt voor {email} in {org}; het vervalt op {expires, date, long}.',
    fr: 'Jeton d’API « {name} » créé pour {email} dans {org} ; il expire le {expires, date, long}.',
  },
  'cli.token.createdNoExpiry': {
    en: 'API token "{name}" created for {email} in {org}; it does not expire.',
    nl: 'API-token "{name}" aangemaakt voor {email} in {org}; het vervalt niet.',
    fr: 'Jeton d’API « {name} » créé pour {email} dans {org} ; il n’expire pas.',
  },
  'cli.token.note': {
    en: 'Copy the token now: it is shown only this once.',
    nl: 'Kopieer het token nu: het wordt slechts deze ene keer getoond.',
    fr: 'Copiez le jeton maintenant : il n’est affiché qu’une seule fois.',
  },

  // parcours import survey
  'import.cli.survey.description': {
    en: 'import questionnaire answers from a CSV file (submitted_at, then one column per question key); all or nothing unless --skip-invalid',
    nl: 'antwoorden op een vragenlijst importeren uit een CSV-bestand (submitted_at, dan één kolom per vraagsleutel); alles of niets tenzij --skip-invalid',
    fr: 'importer des réponses à un questionnaire depuis un fichier CSV (submitted_at, puis une colonne par clé de question) ; tout ou rien sauf avec --skip-invalid',
  },
  'import.cli.option.survey': {
    en: 'short name (slug) of the questionnaire (default: the visitor profile)',
    nl: 'korte naam (slug) van de vragenlijst (standaard: het bezoekersprofiel)',
    fr: 'nom court (slug) du questionnaire (par défaut : le profil des visiteurs)',
  },
  'import.cli.surveyNotFound': {
    en: 'The organisation {org} has no questionnaire with the short name {survey}.',
    nl: 'De organisatie {org} heeft geen vragenlijst met de korte naam {survey}.',
    fr: 'L’organisation {org} n’a pas de questionnaire dont le nom court est {survey}.',
  },
});
