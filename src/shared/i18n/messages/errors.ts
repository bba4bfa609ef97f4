import { defineMessages } from '../define.ts';

/** Messages for every error code (`error.CODE`) and for every field issue code (`issue.code`). */
export const errorMessages = defineMessages({
  'error.VALIDATION_FAILED': {
    en: 'Some fields are not valid.',
    nl: 'Sommige velden zijn niet geldig.',
    fr: 'Certains champs ne sont pas valides.',
  },
  'error.MALFORMED_JSON': {
    en: 'The request body is not valid JSON.',
    nl: 'De inhoud van het verzoek is geen geldige JSON.',
    fr: "Le corps de la requête n'est pas du JSON valide.",
  },
  'error.JSON_TOO_DEEP': {
    en: 'The request body nests arrays and objects more than {maximum} levels deep.',
    nl: 'De inhoud van het verzoek nest lijsten en objecten meer dan {maximum} niveaus diep.',
    fr: 'Le corps de la requête imbrique tableaux et objets sur plus de {maximum} niveaux.',
  },
  'error.UNSUPPORTED_MEDIA_TYPE': {
    en: 'This content type is not accepted; send application/json.',
    nl: 'Dit inhoudstype wordt niet aanvaard; stuur application/json.',
    fr: "Ce type de contenu n'est pas accepté ; envoyez application/json.",
  },
  'error.PAYLOAD_TOO_LARGE': {
    en: 'The request is too large.',
    nl: 'Het verzoek is te groot.',
    fr: 'La requête est trop volumineuse.',
  },
  'error.NOT_FOUND': {
    en: 'This item does not exist or you have no access to it.',
    nl: 'Dit item bestaat niet of u hebt er geen toegang toe.',
    fr: "Cet élément n'existe pas ou vous n'y avez pas accès.",
  },
  'error.ROUTE_NOT_FOUND': {
    en: 'There is no such address in the API.',
    nl: 'Dit adres bestaat niet in de API.',
    fr: "Cette adresse n'existe pas dans l'API.",
  },
  'error.UNAUTHENTICATED': {
    en: 'Please log in.',
    nl: 'Meld u aan.',
    fr: 'Veuillez vous connecter.',
  },
  'error.SESSION_EXPIRED': {
    en: 'Your session has expired. Please log in again.',
    nl: 'Uw sessie is verlopen. Meld u opnieuw aan.',
    fr: 'Votre session a expiré. Veuillez vous reconnecter.',
  },
  'error.FORBIDDEN': {
    en: 'You are not allowed to do this.',
    nl: 'U mag dit niet doen.',
    fr: "Vous n'êtes pas autorisé à faire ceci.",
  },
  'error.CSRF_TOKEN_INVALID': {
    en: 'The security token of this page is missing or outdated. Reload the page and try again.',
    nl: 'Het beveiligingstoken van deze pagina ontbreekt of is verouderd. Laad de pagina opnieuw en probeer het nog eens.',
    fr: 'Le jeton de sécurité de cette page est absent ou périmé. Rechargez la page et réessayez.',
  },
  'error.SESSION_REQUIRED': {
    en: 'Only a log-in session can do this, not an API token: log in with your password in the web app.',
    nl: 'Dit kan enkel in een aanmeldsessie, niet met een API-token: meld u met uw wachtwoord aan in de webapp.',
    fr: "Seule une session de connexion peut faire ceci, pas un jeton d'API : connectez-vous avec votre mot de passe dans l'application web.",
  },
  'error.INVALID_CREDENTIALS': {
    en: 'The e-mail address or password is not correct.',
    nl: 'Het e-mailadres of wachtwoord is niet juist.',
    fr: "L'adresse e-mail ou le mot de passe n'est pas correct.",
  },
  'error.TOO_MANY_ATTEMPTS': {
    en: 'Too many failed attempts. Try again in {minutes, plural, one {# minute} other {# minutes}}.',
    nl: 'Te veel mislukte pogingen. Probeer opnieuw over {minutes, plural, one {# minuut} other {# minuten}}.',
    fr: 'Trop de tentatives échouées. Réessayez dans {minutes, plural, one {# minute} other {# minutes}}.',
  },
  'error.RATE_LIMITED': {
    en: 'Too many requests. Please wait a moment.',
    nl: 'Te veel verzoeken. Wacht even.',
    fr: 'Trop de requêtes. Veuillez patienter un instant.',
  },
  'error.PASSWORD_TOO_SHORT': {
    en: 'The password must have at least {minimum} characters.',
    nl: 'Het wachtwoord moet minstens {minimum} tekens hebben.',
    fr: 'Le mot de passe doit comporter au moins {minimum} caractères.',
  },
  'error.PASSWORD_TOO_COMMON': {
    en: 'This password is too common or too easy to guess. Choose another one.',
    nl: 'Dit wachtwoord is te gewoon of te makkelijk te raden. Kies een ander.',
    fr: 'Ce mot de passe est trop courant ou trop facile à deviner. Choisissez-en un autre.',
  },
  'error.EMAIL_TAKEN': {
    en: 'A user with this e-mail address already exists.',
    nl: 'Er bestaat al een gebruiker met dit e-mailadres.',
    fr: 'Un utilisateur avec cette adresse e-mail existe déjà.',
  },
  'error.ACCOUNT_EXISTS': {
    en: 'An account with this e-mail address already exists. Ask an installation admin to add it to your organisation.',
    nl: 'Er bestaat al een account met dit e-mailadres. Vraag een installatiebeheerder om het aan uw organisatie toe te voegen.',
    fr: "Un compte avec cette adresse e-mail existe déjà. Demandez à un administrateur de l'installation de l'ajouter à votre organisation.",
  },
  'error.SLUG_TAKEN': {
    en: 'The short name "{slug}" is already in use.',
    nl: 'De korte naam "{slug}" is al in gebruik.',
    fr: 'Le nom court « {slug} » est déjà utilisé.',
  },
  'error.ALREADY_MEMBER': {
    en: 'This user is already a member of the organisation.',
    nl: 'Deze gebruiker is al lid van de organisatie.',
    fr: "Cet utilisateur est déjà membre de l'organisation.",
  },
  'error.LAST_ADMIN': {
    en: 'An organisation must keep at least one administrator.',
    nl: 'Een organisatie moet minstens één beheerder behouden.',
    fr: 'Une organisation doit garder au moins un administrateur.',
  },
  'error.SETUP_ALREADY_DONE': {
    en: 'Parcours has already been set up.',
    nl: 'Parcours is al ingesteld.',
    fr: 'Parcours est déjà configuré.',
  },
  'error.SETUP_REQUIRED': {
    en: 'Parcours has not been set up yet.',
    nl: 'Parcours is nog niet ingesteld.',
    fr: "Parcours n'est pas encore configuré.",
  },
  'error.NO_ORGANISATION': {
    en: 'Choose an organisation first.',
    nl: 'Kies eerst een organisatie.',
    fr: "Choisissez d'abord une organisation.",
  },
  'error.DATA_DIR_LOCKED': {
    en: 'The data directory {dir} is in use by another Parcours process (pid {pid}).',
    nl: 'De datamap {dir} is in gebruik door een ander Parcours-proces (pid {pid}).',
    fr: 'Le dossier de données {dir} est utilisé par un autre processus Parcours (pid {pid}).',
  },
  'error.CONFIG_INVALID': {
    en: 'The configuration is not valid.',
    nl: 'De configuratie is niet geldig.',
    fr: "La configuration n'est pas valide.",
  },
  'error.DATABASE_UNAVAILABLE': {
    en: 'The database cannot be reached.',
    nl: 'De databank is niet bereikbaar.',
    fr: 'La base de données est injoignable.',
  },
  'error.INTERNAL': {
    en: 'Something went wrong on our side. Reference: {requestId}.',
    nl: 'Er ging iets mis bij ons. Referentie: {requestId}.',
    fr: "Une erreur s'est produite de notre côté. Référence : {requestId}.",
  },
  'issue.required': { en: 'Required.', nl: 'Verplicht.', fr: 'Obligatoire.' },
  'issue.invalid_type': {
    en: 'Wrong kind of value.',
    nl: 'Verkeerd soort waarde.',
    fr: 'Type de valeur incorrect.',
  },
  'issue.too_small': {
    en: 'Too short or too small (minimum {minimum}).',
    nl: 'Te kort of te klein (minimum {minimum}).',
    fr: 'Trop court ou trop petit (minimum {minimum}).',
  },
  'issue.too_big': {
    en: 'Too long or too large (maximum {maximum}).',
    nl: 'Te lang of te groot (maximum {maximum}).',
    fr: 'Trop long ou trop grand (maximum {maximum}).',
  },
  'issue.not_multiple_of': {
    en: 'Must be a multiple of {step} (no more decimals).',
    nl: 'Moet een veelvoud van {step} zijn (niet meer decimalen).',
    fr: 'Doit être un multiple de {step} (pas plus de décimales).',
  },
  'issue.invalid_email': {
    en: 'Not a valid e-mail address.',
    nl: 'Geen geldig e-mailadres.',
    fr: 'Adresse e-mail non valide.',
  },
  'issue.invalid_slug': {
    en: 'Use lower-case letters, digits and single hyphens (for example "walk-in-centre").',
    nl: 'Gebruik kleine letters, cijfers en enkele koppeltekens (bijvoorbeeld "onthaal-centrum").',
    fr: 'Utilisez des minuscules, des chiffres et des tirets simples (par exemple « centre-accueil »).',
  },
  'issue.invalid_format': {
    en: 'Not in the expected format.',
    nl: 'Niet in het verwachte formaat.',
    fr: "N'est pas au format attendu.",
  },
  'issue.invalid_value': {
    en: 'Not one of the allowed values.',
    nl: 'Geen van de toegelaten waarden.',
    fr: 'Ne fait pas partie des valeurs autorisées.',
  },
  'issue.unknown_field': {
    en: 'Unknown field "{field}".',
    nl: 'Onbekend veld "{field}".',
    fr: 'Champ inconnu « {field} ».',
  },
  'issue.invalid_time_zone': {
    en: 'Unknown time zone.',
    nl: 'Onbekende tijdzone.',
    fr: 'Fuseau horaire inconnu.',
  },
  'issue.unknown_municipality': {
    en: 'Not a Brussels municipality (NIS code 21001–21019).',
    nl: 'Geen Brusselse gemeente (NIS-code 21001–21019).',
    fr: 'Pas une commune bruxelloise (code INS 21001–21019).',
  },
  'issue.password_too_short': {
    en: 'At least {minimum} characters.',
    nl: 'Minstens {minimum} tekens.',
    fr: 'Au moins {minimum} caractères.',
  },
  'issue.password_too_common': {
    en: 'Too common or too easy to guess.',
    nl: 'Te gewoon of te makkelijk te raden.',
    fr: 'Trop courant ou trop facile à deviner.',
  },
  'issue.password_contains_email': {
    en: 'Must not contain your e-mail address or the name in it.',
    nl: 'Mag uw e-mailadres of de naam erin niet bevatten.',
    fr: 'Ne doit contenir ni votre adresse e-mail ni le nom qui y figure.',
  },
  'issue.password_same_as_current': {
    en: 'Must differ from your current password.',
    nl: 'Moet verschillen van uw huidige wachtwoord.',
    fr: 'Doit être différent de votre mot de passe actuel.',
  },
  'issue.password_too_long': {
    en: 'At most {maximum} characters.',
    nl: 'Hoogstens {maximum} tekens.',
    fr: 'Au plus {maximum} caractères.',
  },
  'issue.wrong_password': {
    en: 'The current password is not correct.',
    nl: 'Het huidige wachtwoord is niet juist.',
    fr: "Le mot de passe actuel n'est pas correct.",
  },
  'issue.invalid_characters': {
    en: 'Contains a character that cannot be stored (a NUL control character).',
    nl: 'Bevat een teken dat niet bewaard kan worden (een NUL-stuurteken).',
    fr: 'Contient un caractère qui ne peut pas être enregistré (un caractère de contrôle NUL).',
  },
  'issue.invalid_date': {
    en: 'Not an existing date (YYYY-MM-DD).',
    nl: 'Geen bestaande datum (JJJJ-MM-DD).',
    fr: "N'est pas une date existante (AAAA-MM-JJ).",
  },
  'issue.taken': {
    en: 'Already in use.',
    nl: 'Al in gebruik.',
    fr: 'Déjà utilisé.',
  },
  'issue.already_member': {
    en: 'Already a member of this organisation.',
    nl: 'Al lid van deze organisatie.',
    fr: 'Déjà membre de cette organisation.',
  },
  'issue.invalid': { en: 'Not valid.', nl: 'Niet geldig.', fr: 'Non valide.' },
  'issue.password_mismatch': {
    en: 'The two passwords are not the same.',
    nl: 'De twee wachtwoorden zijn niet dezelfde.',
    fr: 'Les deux mots de passe ne sont pas identiques.',
  },
});
