import type { SurveyDefinition } from './model.ts';
import { PERSON_QUESTIONS } from './visitor-profile-person.ts';
import { t } from './visitor-profile-text.ts';
import { VISIT_QUESTIONS } from './visitor-profile-visit.ts';

/**
 * The built-in "visitor profile": the walk-in centre's optional exit questionnaire, ready
 * for every organisation. Its question and option keys are a contract (imports, the
 * annual report and funders' tables read them), so they never change; labels may.
 */
export const VISITOR_PROFILE_TEMPLATE = 'visitor_profile';
export const VISITOR_PROFILE_SLUG = 'visitor-profile';

export const VISITOR_PROFILE: SurveyDefinition = {
  title: t([
    'Bezoekersprofiel',
    'Profil des visiteurs',
    'Visitor profile',
    'Профіль відвідувача',
    'ملف الزائر',
    'Perfil del visitante',
  ]),
  intro: t([
    'Deze vragenlijst is anoniem en vrijblijvend. We vragen geen naam of contactgegevens. Uw antwoorden helpen ons onze dienstverlening te verbeteren.',
    'Ce questionnaire est anonyme et facultatif. Nous ne demandons ni nom ni coordonnées. Vos réponses nous aident à améliorer nos services.',
    'This questionnaire is anonymous and optional. We do not ask for your name or contact details. Your answers help us improve our services.',
    'Ця анкета анонімна й необовʼязкова. Ми не запитуємо ваше імʼя чи контактні дані. Ваші відповіді допомагають нам покращувати наші послуги.',
    'هذا الاستبيان مجهول الهوية واختياري. لا نطلب اسمك أو بيانات الاتصال بك. تساعدنا إجاباتك على تحسين خدماتنا.',
    'Este cuestionario es anónimo y voluntario. No pedimos su nombre ni sus datos de contacto. Sus respuestas nos ayudan a mejorar nuestros servicios.',
  ]),
  thanks: t([
    'Bedankt voor uw antwoorden!',
    'Merci pour vos réponses !',
    'Thank you for your answers!',
    'Дякуємо за ваші відповіді!',
    'شكرًا على إجاباتك!',
    '¡Gracias por sus respuestas!',
  ]),
  languages: ['uk', 'ar', 'es'],
  questions: [...PERSON_QUESTIONS, ...VISIT_QUESTIONS],
};
