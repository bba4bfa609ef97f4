import { plural, isolate, type FormStrings } from '../strings-base.ts';

export const es: FormStrings = {
  languageName: 'Español',
  languageSwitcher: 'Idioma',
  loading: 'Cargando el cuestionario…',
  loadFailedTitle: 'No se ha podido cargar el cuestionario',
  loadFailed: 'Compruebe la conexión a internet e inténtelo de nuevo.',
  retry: 'Intentar de nuevo',
  notFoundTitle: 'Cuestionario no encontrado',
  notFoundBody:
    'Este enlace no funciona (o ya no funciona). Compruebe la dirección o vuelva a escanear el código QR.',
  closedTitle: 'Este cuestionario está cerrado',
  closedBody: 'Ya no admite respuestas. Gracias por su interés.',
  fromOrganisation: (name) => `Un cuestionario de ${isolate(name)}`,
  anonymousTitle: 'Sus respuestas son anónimas',
  anonymousBody:
    'No le pedimos su nombre ni sus datos de contacto, y no guardamos nada que permita identificarle. Todas las preguntas son opcionales, salvo las marcadas como obligatorias.',
  start: 'Empezar',
  progress: (n, total) => `Pregunta ${n} de ${total}`,
  required: 'Obligatoria',
  chooseOne: 'Elija una respuesta.',
  chooseAny: 'Elija una o varias respuestas.',
  ratingScale: '1 = muy mal, 5 = muy bien',
  yes: 'Sí',
  no: 'No',
  numberHint: (min, max) =>
    min !== undefined && max !== undefined
      ? `Escriba un número del ${min} al ${max}.`
      : 'Escriba un número.',
  freeTextWarning:
    'No escriba nombres, números de teléfono, direcciones de correo electrónico ni otros datos que permitan identificar a alguien.',
  characters: (n, max) => `${n} de ${max} caracteres`,
  next: 'Siguiente',
  back: 'Anterior',
  skip: 'Omitir',
  send: 'Enviar',
  skipAndSend: 'Omitir y enviar',
  sending: 'Enviando…',
  errors: {
    required: 'Responda a esta pregunta para continuar.',
    unknown_option: 'Esta respuesta no está (o ya no está) entre las opciones. Elija de nuevo.',
    out_of_range: (min, max) => `Escriba un número del ${min} al ${max}.`,
    too_long: (max) => `Su respuesta es demasiado larga: ${max} caracteres como máximo.`,
    invalid_number: 'Escriba un número válido, solo con cifras.',
    question_not_shown:
      'Esta pregunta no corresponde según sus respuestas anteriores. Revise sus respuestas.',
    form_expired:
      'El formulario ha estado abierto demasiado tiempo y se ha actualizado. Sus respuestas siguen aquí: pulse Enviar de nuevo.',
    generic: 'No se ha podido aceptar esta respuesta. Revísela, por favor.',
  },
  rateLimited:
    'Se acaban de enviar muchas respuestas desde esta conexión. Espere un momento y vuelva a intentarlo.',
  networkError:
    'No se han podido enviar sus respuestas: no hay conexión. Siguen aquí. Compruebe la conexión e inténtelo de nuevo.',
  serverError:
    'Algo ha fallado por nuestra parte. Sus respuestas siguen aquí. Inténtelo de nuevo dentro de un momento.',
  thanksTitle: '¡Gracias!',
  thanksDefault: 'Sus respuestas se han enviado. Gracias por su ayuda.',
  countdown: (s) =>
    plural('es', s, {
      one: `Un nuevo formulario empieza dentro de ${s} segundo.`,
      other: `Un nuevo formulario empieza dentro de ${s} segundos.`,
    }),
  startAgain: 'Empezar de nuevo',
  idleTitle: '¿Sigue ahí?',
  idleBody: (s) =>
    plural('es', s, {
      one: `Para proteger su privacidad, el formulario volverá a empezar dentro de ${s} segundo.`,
      other: `Para proteger su privacidad, el formulario volverá a empezar dentro de ${s} segundos.`,
    }),
  keepGoing: 'Continuar',
  honeypotLabel: 'Deje este campo vacío',
};
