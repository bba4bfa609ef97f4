import { plural, isolate, type FormStrings } from '../strings-base.ts';

export const en: FormStrings = {
  languageName: 'English',
  languageSwitcher: 'Language',
  loading: 'Loading the questionnaire…',
  loadFailedTitle: 'The questionnaire could not be loaded',
  loadFailed: 'Check the internet connection and try again.',
  retry: 'Try again',
  notFoundTitle: 'Questionnaire not found',
  notFoundBody: 'This link does not work (any more). Check the address or scan the QR code again.',
  closedTitle: 'This questionnaire is closed',
  closedBody: 'It no longer accepts answers. Thank you for your interest.',
  fromOrganisation: (name) => `A questionnaire from ${isolate(name)}`,
  anonymousTitle: 'Your answers are anonymous',
  anonymousBody:
    'We do not ask for your name or contact details, and we keep nothing that could identify you. Every question is optional unless it is marked as required.',
  start: 'Start',
  progress: (n, total) => `Question ${n} of ${total}`,
  required: 'Required',
  chooseOne: 'Choose one answer.',
  chooseAny: 'Choose one or more answers.',
  ratingScale: '1 = very poor, 5 = very good',
  yes: 'Yes',
  no: 'No',
  numberHint: (min, max) =>
    min !== undefined && max !== undefined
      ? `Enter a number from ${min} to ${max}.`
      : 'Enter a number.',
  freeTextWarning:
    'Do not write names, phone numbers, e-mail addresses or any other details that could identify someone.',
  characters: (n, max) => `${n} of ${max} characters`,
  next: 'Next',
  back: 'Back',
  skip: 'Skip',
  send: 'Send',
  skipAndSend: 'Skip and send',
  sending: 'Sending…',
  errors: {
    required: 'Please answer this question to continue.',
    unknown_option: 'This answer is not (or no longer) one of the choices. Please choose again.',
    out_of_range: (min, max) => `Enter a number from ${min} to ${max}.`,
    too_long: (max) => `Your answer is too long: ${max} characters at most.`,
    invalid_number: 'Enter a valid number, using digits only.',
    question_not_shown:
      'This question does not apply given your earlier answers. Please check your answers.',
    form_expired:
      'The form was open for too long and has been refreshed. Your answers are still here: press Send again.',
    generic: 'This answer could not be accepted. Please check it.',
  },
  rateLimited:
    'Many answers have just been sent from this connection. Please wait a moment, then try again.',
  networkError:
    'Your answers could not be sent: there is no connection. They are still here. Check the connection and try again.',
  serverError:
    'Something went wrong on our side. Your answers are still here. Please try again in a moment.',
  thanksTitle: 'Thank you!',
  thanksDefault: 'Your answers have been sent. Thank you for your help.',
  countdown: (s) =>
    plural('en', s, {
      one: `A new form starts in ${s} second.`,
      other: `A new form starts in ${s} seconds.`,
    }),
  startAgain: 'Start again',
  idleTitle: 'Are you still there?',
  idleBody: (s) =>
    plural('en', s, {
      one: `To protect your privacy, the form will start again in ${s} second.`,
      other: `To protect your privacy, the form will start again in ${s} seconds.`,
    }),
  keepGoing: 'Continue',
  honeypotLabel: 'Leave this field empty',
};
