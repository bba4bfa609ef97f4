import { plural, isolate, type FormStrings } from '../strings-base.ts';

export const nl: FormStrings = {
  languageName: 'Nederlands',
  languageSwitcher: 'Taal',
  loading: 'De vragenlijst wordt geladen…',
  loadFailedTitle: 'De vragenlijst kon niet worden geladen',
  loadFailed: 'Controleer de internetverbinding en probeer het opnieuw.',
  retry: 'Opnieuw proberen',
  notFoundTitle: 'Vragenlijst niet gevonden',
  notFoundBody: 'Deze link werkt niet (meer). Controleer het adres of scan de QR-code opnieuw.',
  closedTitle: 'Deze vragenlijst is afgesloten',
  closedBody: 'Er kunnen geen antwoorden meer worden ingevuld. Bedankt voor uw interesse.',
  fromOrganisation: (name) => `Een vragenlijst van ${isolate(name)}`,
  anonymousTitle: 'Uw antwoorden zijn anoniem',
  anonymousBody:
    'We vragen niet naar uw naam of contactgegevens en bewaren niets waarmee iemand u kan herkennen. Elke vraag is vrijblijvend, tenzij ze als verplicht is aangeduid.',
  start: 'Beginnen',
  progress: (n, total) => `Vraag ${n} van ${total}`,
  required: 'Verplicht',
  chooseOne: 'Kies één antwoord.',
  chooseAny: 'Kies een of meer antwoorden.',
  ratingScale: '1 = heel slecht, 5 = heel goed',
  yes: 'Ja',
  no: 'Nee',
  numberHint: (min, max) =>
    min !== undefined && max !== undefined
      ? `Vul een getal in van ${min} tot ${max}.`
      : 'Vul een getal in.',
  freeTextWarning:
    'Schrijf geen namen, telefoonnummers, e-mailadressen of andere gegevens waarmee iemand herkend kan worden.',
  characters: (n, max) => `${n} van ${max} tekens`,
  next: 'Volgende',
  back: 'Vorige',
  skip: 'Overslaan',
  send: 'Versturen',
  skipAndSend: 'Overslaan en versturen',
  sending: 'Bezig met versturen…',
  errors: {
    required: 'Beantwoord deze vraag om verder te gaan.',
    unknown_option: 'Dit antwoord staat niet (meer) tussen de keuzes. Kies opnieuw.',
    out_of_range: (min, max) => `Vul een getal in van ${min} tot ${max}.`,
    too_long: (max) => `Uw antwoord is te lang: hoogstens ${max} tekens.`,
    invalid_number: 'Vul een geldig getal in, alleen met cijfers.',
    question_not_shown:
      'Deze vraag is niet van toepassing na uw eerdere antwoorden. Kijk uw antwoorden nog eens na.',
    form_expired:
      'Het formulier stond te lang open en is vernieuwd. Uw antwoorden staan er nog: druk opnieuw op Versturen.',
    generic: 'Dit antwoord kon niet worden aanvaard. Kijk het nog eens na.',
  },
  rateLimited:
    'Er zijn net veel antwoorden verstuurd vanaf deze verbinding. Wacht even en probeer het dan opnieuw.',
  networkError:
    'Uw antwoorden konden niet worden verstuurd: er is geen verbinding. Ze staan er nog. Controleer de verbinding en probeer het opnieuw.',
  serverError:
    'Er ging bij ons iets mis. Uw antwoorden staan er nog. Probeer het zo meteen opnieuw.',
  thanksTitle: 'Bedankt!',
  thanksDefault: 'Uw antwoorden zijn verstuurd. Bedankt voor uw hulp.',
  countdown: (s) =>
    plural('nl', s, {
      one: `Over ${s} seconde begint een nieuw formulier.`,
      other: `Over ${s} seconden begint een nieuw formulier.`,
    }),
  startAgain: 'Opnieuw beginnen',
  idleTitle: 'Bent u er nog?',
  idleBody: (s) =>
    plural('nl', s, {
      one: `Om uw privacy te beschermen, begint het formulier over ${s} seconde opnieuw.`,
      other: `Om uw privacy te beschermen, begint het formulier over ${s} seconden opnieuw.`,
    }),
  keepGoing: 'Verder invullen',
  honeypotLabel: 'Laat dit veld leeg',
};
