import { plural, isolate, type FormStrings } from '../strings-base.ts';

export const fr: FormStrings = {
  languageName: 'Français',
  languageSwitcher: 'Langue',
  loading: 'Chargement du questionnaire…',
  loadFailedTitle: 'Le questionnaire n’a pas pu être chargé',
  loadFailed: 'Vérifiez la connexion Internet et réessayez.',
  retry: 'Réessayer',
  notFoundTitle: 'Questionnaire introuvable',
  notFoundBody:
    'Ce lien ne fonctionne pas ou plus. Vérifiez l’adresse ou scannez à nouveau le code QR.',
  closedTitle: 'Ce questionnaire est clôturé',
  closedBody: 'Il n’accepte plus de réponses. Merci de votre intérêt.',
  fromOrganisation: (name) => `Questionnaire proposé par ${isolate(name)}`,
  anonymousTitle: 'Vos réponses sont anonymes',
  anonymousBody:
    'Nous ne demandons ni votre nom ni vos coordonnées, et nous ne conservons rien qui permette de vous identifier. Chaque question est facultative, sauf si elle est marquée comme obligatoire.',
  start: 'Commencer',
  progress: (n, total) => `Question ${n} sur ${total}`,
  required: 'Obligatoire',
  chooseOne: 'Choisissez une réponse.',
  chooseAny: 'Choisissez une ou plusieurs réponses.',
  ratingScale: '1 = très mauvais, 5 = très bon',
  yes: 'Oui',
  no: 'Non',
  numberHint: (min, max) =>
    min !== undefined && max !== undefined
      ? `Indiquez un nombre de ${min} à ${max}.`
      : 'Indiquez un nombre.',
  freeTextWarning:
    'N’écrivez pas de noms, de numéros de téléphone, d’adresses e-mail ni d’autres informations qui permettraient d’identifier quelqu’un.',
  characters: (n, max) => `${n} sur ${max} caractères`,
  next: 'Suivant',
  back: 'Précédent',
  skip: 'Passer',
  send: 'Envoyer',
  skipAndSend: 'Passer et envoyer',
  sending: 'Envoi en cours…',
  errors: {
    required: 'Répondez à cette question pour continuer.',
    unknown_option: 'Cette réponse ne fait pas (ou plus) partie des choix. Choisissez à nouveau.',
    out_of_range: (min, max) => `Indiquez un nombre de ${min} à ${max}.`,
    too_long: (max) => `Votre réponse est trop longue\u00a0: ${max} caractères au maximum.`,
    invalid_number: 'Indiquez un nombre valide, uniquement avec des chiffres.',
    question_not_shown:
      'Cette question ne s’applique pas d’après vos réponses précédentes. Vérifiez vos réponses.',
    form_expired:
      'Le formulaire est resté ouvert trop longtemps et a été actualisé. Vos réponses sont toujours là\u00a0: appuyez à nouveau sur Envoyer.',
    generic: 'Cette réponse n’a pas pu être acceptée. Vérifiez-la.',
  },
  rateLimited:
    'Beaucoup de réponses viennent d’être envoyées depuis cette connexion. Patientez un instant, puis réessayez.',
  networkError:
    'Vos réponses n’ont pas pu être envoyées\u00a0: il n’y a pas de connexion. Elles sont toujours là. Vérifiez la connexion et réessayez.',
  serverError:
    'Un problème est survenu de notre côté. Vos réponses sont toujours là. Réessayez dans un instant.',
  thanksTitle: 'Merci\u00a0!',
  thanksDefault: 'Vos réponses ont été envoyées. Merci pour votre aide.',
  countdown: (s) =>
    plural('fr', s, {
      one: `Un nouveau formulaire commence dans ${s} seconde.`,
      other: `Un nouveau formulaire commence dans ${s} secondes.`,
    }),
  startAgain: 'Recommencer',
  idleTitle: 'Êtes-vous toujours là\u00a0?',
  idleBody: (s) =>
    plural('fr', s, {
      one: `Pour protéger votre vie privée, le formulaire recommencera dans ${s} seconde.`,
      other: `Pour protéger votre vie privée, le formulaire recommencera dans ${s} secondes.`,
    }),
  keepGoing: 'Continuer',
  honeypotLabel: 'Laissez ce champ vide',
};
