import { defineMessages } from '../define.ts';

/** Log-in and first-run set-up. */
export const webAuthMessages = defineMessages({
  'login.title': {
    en: 'Log in to Parcours',
    nl: 'Aanmelden bij Parcours',
    fr: 'Se connecter à Parcours',
  },
  'login.intro': {
    en: 'Use the e-mail address and password of your Parcours account.',
    nl: 'Gebruik het e-mailadres en wachtwoord van uw Parcours-account.',
    fr: 'Utilisez l’adresse e-mail et le mot de passe de votre compte Parcours.',
  },
  'login.submit': { en: 'Log in', nl: 'Aanmelden', fr: 'Se connecter' },
  'login.loggedOut': {
    en: 'You have been logged out.',
    nl: 'U bent afgemeld.',
    fr: 'Vous êtes déconnecté.',
  },
  'setup.title': { en: 'Set up Parcours', nl: 'Parcours instellen', fr: 'Configurer Parcours' },
  'setup.intro': {
    en: 'Welcome! Create the first organisation and its administrator. You can add more organisations and people afterwards.',
    nl: 'Welkom! Maak de eerste organisatie en haar beheerder aan. Daarna kunt u meer organisaties en mensen toevoegen.',
    fr: 'Bienvenue ! Créez la première organisation et son administrateur. Vous pourrez ensuite ajouter d’autres organisations et personnes.',
  },
  'setup.organisation.heading': {
    en: 'Your organisation',
    nl: 'Uw organisatie',
    fr: 'Votre organisation',
  },
  'setup.admin.heading': {
    en: 'Administrator account',
    nl: 'Beheerdersaccount',
    fr: 'Compte administrateur',
  },
  'setup.admin.intro': {
    en: 'This person manages the whole installation: organisations, users and roles.',
    nl: 'Deze persoon beheert de hele installatie: organisaties, gebruikers en rollen.',
    fr: 'Cette personne gère toute l’installation : organisations, utilisateurs et rôles.',
  },
  'setup.demo.label': {
    en: 'Also load the demo data',
    nl: 'Laad ook de demogegevens',
    fr: 'Charger aussi les données de démonstration',
  },
  'setup.demo.hint': {
    en: 'Adds the demo organisations (career centre, Actiris and its partners, mentoring, learning guidance) with their locations and one account per role. Useful to try Parcours; not for real use.',
    nl: 'Voegt de demo-organisaties toe (loopbaancentrum, Actiris en partners, mentoring, leerloopbaanbegeleiding) met hun locaties en één account per rol. Handig om Parcours uit te proberen; niet voor echt gebruik.',
    fr: 'Ajoute les organisations de démonstration (centre d’orientation, Actiris et ses partenaires, mentorat, orientation en formation) avec leurs lieux et un compte par rôle. Utile pour essayer Parcours ; pas pour un usage réel.',
  },
  'setup.submit': { en: 'Set up Parcours', nl: 'Parcours instellen', fr: 'Configurer Parcours' },
  'setup.done.title': { en: 'Parcours is ready', nl: 'Parcours is klaar', fr: 'Parcours est prêt' },
  'setup.done.intro': {
    en: 'Your organisation and administrator account exist, and you are logged in. The demo data is loaded.',
    nl: 'Uw organisatie en beheerdersaccount bestaan en u bent aangemeld. De demogegevens zijn geladen.',
    fr: 'Votre organisation et votre compte administrateur existent, et vous êtes connecté. Les données de démonstration sont chargées.',
  },
  'setup.demo.accounts': {
    en: 'Demo accounts',
    nl: 'Demo-accounts',
    fr: 'Comptes de démonstration',
  },
  'setup.demo.once': {
    en: 'Write this password down now: it is shown only once.',
    nl: 'Noteer dit wachtwoord nu: het wordt maar één keer getoond.',
    fr: 'Notez ce mot de passe maintenant : il n’est affiché qu’une seule fois.',
  },
  'setup.demo.passwordIntro': {
    en: 'All demo accounts below share this password:',
    nl: 'Alle demo-accounts hieronder delen dit wachtwoord:',
    fr: 'Tous les comptes de démonstration ci-dessous partagent ce mot de passe :',
  },
  'setup.demo.usersCaption': {
    en: '{count, plural, one {# demo account} other {# demo accounts}}',
    nl: '{count, plural, one {# demo-account} other {# demo-accounts}}',
    fr: '{count, plural, one {# compte de démonstration} other {# comptes de démonstration}}',
  },
  'setup.demo.renamed.title': {
    en: 'Demo organisations under another short name',
    nl: 'Demo-organisaties onder een andere korte naam',
    fr: 'Organisations de démonstration sous un autre nom court',
  },
  'setup.demo.renamed': {
    en: 'Your organisation uses the short name {demo}, so the demo organisation "{name}" is loaded in full as {slug}. Switch to it in the organisation menu at the top.',
    nl: 'Uw organisatie gebruikt de korte naam {demo}, daarom is de demo-organisatie "{name}" volledig geladen als {slug}. Kies ze bovenaan in het organisatiemenu.',
    fr: 'Votre organisation utilise le nom court {demo} : l’organisation de démonstration « {name} » est donc chargée entièrement sous {slug}. Choisissez-la dans le menu des organisations en haut.',
  },
  'setup.demo.organisation': { en: 'Organisation', nl: 'Organisatie', fr: 'Organisation' },
  'setup.demo.role': { en: 'Role', nl: 'Rol', fr: 'Rôle' },
  'setup.demo.allOrganisations': {
    en: 'All organisations',
    nl: 'Alle organisaties',
    fr: 'Toutes les organisations',
  },
  'setup.demo.continue': {
    en: 'I have noted the password — continue',
    nl: 'Ik heb het wachtwoord genoteerd — verder',
    fr: 'J’ai noté le mot de passe — continuer',
  },
});
