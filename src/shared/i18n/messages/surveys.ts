import { defineMessages } from '../define.ts';

/**
 * Questionnaires: errors, field issues, audit actions and the labels of question types,
 * statuses and channels. Used by the API, the CLI, exports and the web app alike.
 */
export const surveyMessages = defineMessages({
  'error.SURVEY_CLOSED': {
    en: 'This questionnaire is closed and no longer takes answers.',
    nl: 'Deze vragenlijst is afgesloten en neemt geen antwoorden meer aan.',
    fr: 'Ce questionnaire est clôturé et n’accepte plus de réponses.',
  },
  'error.SURVEY_NOT_PUBLISHED': {
    en: 'This questionnaire has not been published yet.',
    nl: 'Deze vragenlijst is nog niet gepubliceerd.',
    fr: 'Ce questionnaire n’a pas encore été publié.',
  },
  'error.SURVEY_HAS_RESPONSES': {
    en: 'This questionnaire already has {count, plural, one {# answer} other {# answers}}; close it instead of deleting it.',
    nl: 'Deze vragenlijst heeft al {count, plural, one {# antwoord} other {# antwoorden}}; sluit ze af in plaats van ze te verwijderen.',
    fr: 'Ce questionnaire a déjà {count, plural, one {# réponse} other {# réponses}} ; clôturez-le plutôt que de le supprimer.',
  },
  'error.SURVEY_BUILT_IN': {
    en: 'The built-in visitor profile cannot be deleted; you can close it.',
    nl: 'Het ingebouwde bezoekersprofiel kan niet verwijderd worden; u kunt het afsluiten.',
    fr: 'Le profil des visiteurs intégré ne peut pas être supprimé ; vous pouvez le clôturer.',
  },
  'issue.survey_no_questions': {
    en: 'Add at least one question.',
    nl: 'Voeg minstens één vraag toe.',
    fr: 'Ajoutez au moins une question.',
  },
  'issue.invalid_survey_key': {
    en: 'Use 1 to 40 lower-case letters, digits or “_”, starting with a letter or digit.',
    nl: 'Gebruik 1 tot 40 kleine letters, cijfers of “_”, te beginnen met een letter of cijfer.',
    fr: 'Utilisez 1 à 40 minuscules, chiffres ou « _ », en commençant par une lettre ou un chiffre.',
  },
  'issue.duplicate_key': {
    en: 'The key “{value}” is used twice.',
    nl: 'De sleutel “{value}” komt twee keer voor.',
    fr: 'La clé « {value} » est utilisée deux fois.',
  },
  'issue.range_inverted': {
    en: 'The maximum is below the minimum.',
    nl: 'Het maximum ligt onder het minimum.',
    fr: 'Le maximum est inférieur au minimum.',
  },
  'issue.range_not_allowed': {
    en: 'Only a number question has a minimum and maximum.',
    nl: 'Alleen een getalvraag heeft een minimum en maximum.',
    fr: 'Seule une question numérique a un minimum et un maximum.',
  },
  'issue.options_not_allowed': {
    en: 'This type of question has no options of its own.',
    nl: 'Dit soort vraag heeft geen eigen keuzes.',
    fr: 'Ce type de question n’a pas d’options propres.',
  },
  'issue.too_few_options': {
    en: 'Give at least {minimum} options.',
    nl: 'Geef minstens {minimum} keuzes.',
    fr: 'Donnez au moins {minimum} options.',
  },
  'issue.too_many_options': {
    en: 'At most {maximum} options.',
    nl: 'Ten hoogste {maximum} keuzes.',
    fr: '{maximum} options au plus.',
  },
  'issue.condition_unknown_question': {
    en: 'A condition must refer to an earlier question; “{value}” is not one.',
    nl: 'Een voorwaarde moet naar een eerdere vraag verwijzen; “{value}” is er geen.',
    fr: 'Une condition doit renvoyer à une question précédente ; « {value} » n’en est pas une.',
  },
  'issue.condition_not_choice': {
    en: 'A condition can only refer to a choice, rating or yes/no question.',
    nl: 'Een voorwaarde kan alleen naar een keuze-, score- of ja/nee-vraag verwijzen.',
    fr: 'Une condition ne peut renvoyer qu’à une question à choix, à note ou oui/non.',
  },
  'issue.condition_no_options': {
    en: 'Choose at least one answer that shows this question.',
    nl: 'Kies minstens één antwoord waarna deze vraag verschijnt.',
    fr: 'Choisissez au moins une réponse qui affiche cette question.',
  },
  'issue.unknown_option': {
    en: '“{value}” is not an option of this question.',
    nl: '“{value}” is geen keuze bij deze vraag.',
    fr: '« {value} » n’est pas une option de cette question.',
  },
  'issue.unknown_question': {
    en: 'This questionnaire has no question “{value}”.',
    nl: 'Deze vragenlijst heeft geen vraag “{value}”.',
    fr: 'Ce questionnaire n’a pas de question « {value} ».',
  },
  'issue.question_not_shown': {
    en: 'This question is not asked after the answers given before it.',
    nl: 'Deze vraag wordt niet gesteld na de eerdere antwoorden.',
    fr: 'Cette question n’est pas posée après les réponses précédentes.',
  },
  'issue.invalid_number': {
    en: 'Enter a number.',
    nl: 'Vul een getal in.',
    fr: 'Saisissez un nombre.',
  },
  'issue.out_of_range': {
    en: 'Must be between {minimum} and {maximum}.',
    nl: 'Moet tussen {minimum} en {maximum} liggen.',
    fr: 'Doit être compris entre {minimum} et {maximum}.',
  },
  'issue.too_long': {
    en: 'At most {maximum} characters.',
    nl: 'Ten hoogste {maximum} tekens.',
    fr: '{maximum} caractères au plus.',
  },
  'issue.built_in_key': {
    en: 'The built-in visitor profile keeps “{value}” (its keys and type are read by imports and reports); you may change the wording.',
    nl: 'Het ingebouwde bezoekersprofiel behoudt “{value}” (imports en rapporten lezen de sleutels en het type); de formulering mag u wijzigen.',
    fr: 'Le profil des visiteurs intégré garde « {value} » (imports et rapports lisent ses clés et son type) ; vous pouvez en changer le libellé.',
  },
  'issue.key_type_changed': {
    en: 'The question “{value}” had another type in an earlier version; give a new key to change its type.',
    nl: 'De vraag “{value}” had in een eerdere versie een ander type; geef een nieuwe sleutel om het type te wijzigen.',
    fr: 'La question « {value} » avait un autre type dans une version précédente ; donnez une nouvelle clé pour en changer le type.',
  },
  'issue.form_expired': {
    en: 'This form has expired. Reload the page and fill it in again.',
    nl: 'Dit formulier is verlopen. Laad de pagina opnieuw en vul het opnieuw in.',
    fr: 'Ce formulaire a expiré. Rechargez la page et remplissez-le à nouveau.',
  },
  'issue.unknown_question_filter': {
    en: 'Filter on a choice question of this questionnaire, as key:option.',
    nl: 'Filter op een keuzevraag van deze vragenlijst, als sleutel:keuze.',
    fr: 'Filtrez sur une question à choix de ce questionnaire, sous la forme clé:option.',
  },
  'issue.same_question': {
    en: 'Choose two different questions.',
    nl: 'Kies twee verschillende vragen.',
    fr: 'Choisissez deux questions différentes.',
  },
  'issue.not_choice_question': {
    en: 'Only choice, rating and yes/no questions can be crossed.',
    nl: 'Alleen keuze-, score- en ja/nee-vragen kunnen gekruist worden.',
    fr: 'Seules les questions à choix, à note et oui/non peuvent être croisées.',
  },

  'survey.type.single_choice': { en: 'Single choice', nl: 'Eén keuze', fr: 'Choix unique' },
  'survey.type.multiple_choice': {
    en: 'Multiple choice',
    nl: 'Meerdere keuzes',
    fr: 'Choix multiple',
  },
  'survey.type.rating': { en: 'Rating 1–5', nl: 'Score 1–5', fr: 'Note de 1 à 5' },
  'survey.type.number': { en: 'Number', nl: 'Getal', fr: 'Nombre' },
  'survey.type.yes_no': { en: 'Yes / no', nl: 'Ja / nee', fr: 'Oui / non' },
  'survey.type.free_text': {
    en: 'Short free text',
    nl: 'Korte vrije tekst',
    fr: 'Texte libre court',
  },
  'survey.status.draft': { en: 'Draft', nl: 'Ontwerp', fr: 'Brouillon' },
  'survey.status.published': { en: 'Published', nl: 'Gepubliceerd', fr: 'Publié' },
  'survey.status.closed': { en: 'Closed', nl: 'Afgesloten', fr: 'Clôturé' },
  'survey.channel.web': { en: 'Web link', nl: 'Weblink', fr: 'Lien web' },
  'survey.channel.kiosk': { en: 'Kiosk', nl: 'Kiosk', fr: 'Borne' },
  'survey.channel.import': { en: 'Import', nl: 'Import', fr: 'Importation' },
  'survey.yes': { en: 'Yes', nl: 'Ja', fr: 'Oui' },
  'survey.no': { en: 'No', nl: 'Nee', fr: 'Non' },
  'survey.noAnswer': { en: 'No answer', nl: 'Geen antwoord', fr: 'Sans réponse' },
  'survey.suppressed': { en: '< {threshold}', nl: '< {threshold}', fr: '< {threshold}' },

  'audit.action.survey.created': {
    en: 'Questionnaire created',
    nl: 'Vragenlijst aangemaakt',
    fr: 'Questionnaire créé',
  },
  'audit.action.survey.updated': {
    en: 'Questionnaire changed',
    nl: 'Vragenlijst gewijzigd',
    fr: 'Questionnaire modifié',
  },
  'audit.action.survey.published': {
    en: 'Questionnaire published',
    nl: 'Vragenlijst gepubliceerd',
    fr: 'Questionnaire publié',
  },
  'audit.action.survey.closed': {
    en: 'Questionnaire closed',
    nl: 'Vragenlijst afgesloten',
    fr: 'Questionnaire clôturé',
  },
  'audit.action.survey.deleted': {
    en: 'Questionnaire deleted',
    nl: 'Vragenlijst verwijderd',
    fr: 'Questionnaire supprimé',
  },
  'audit.action.survey.responses_exported': {
    en: 'Raw answers exported',
    nl: 'Ruwe antwoorden geëxporteerd',
    fr: 'Réponses brutes exportées',
  },
  'audit.action.survey.imported': {
    en: 'Answers imported',
    nl: 'Antwoorden geïmporteerd',
    fr: 'Réponses importées',
  },
  'audit.action.organisation.privacy_updated': {
    en: 'Small-cell threshold changed',
    nl: 'Drempel voor kleine aantallen gewijzigd',
    fr: 'Seuil des petits effectifs modifié',
  },
});
