import { defineMessages } from '../define.ts';

/** The questionnaire builder and the start of a new questionnaire. */
export const webSurveyBuilderMessages = defineMessages({
  'surveyBuilder.title': {
    en: 'Edit questionnaire',
    nl: 'Vragenlijst bewerken',
    fr: 'Modifier le questionnaire',
  },
  'surveyBuilder.edit.title': {
    en: 'Edit “{title}”',
    nl: '“{title}” bewerken',
    fr: 'Modifier « {title} »',
  },
  'surveyBuilder.edit.loading': {
    en: 'Edit questionnaire',
    nl: 'Vragenlijst bewerken',
    fr: 'Modifier le questionnaire',
  },
  'surveyBuilder.new.title': {
    en: 'New questionnaire',
    nl: 'Nieuwe vragenlijst',
    fr: 'Nouveau questionnaire',
  },
  'surveyBuilder.new.intro': {
    en: 'A new questionnaire starts as a draft: nobody can answer it until you publish it.',
    nl: 'Een nieuwe vragenlijst begint als ontwerp: niemand kan ze invullen tot u ze publiceert.',
    fr: 'Un nouveau questionnaire commence comme brouillon : personne ne peut y répondre avant sa publication.',
  },
  'surveyBuilder.start.title': {
    en: 'How do you want to start?',
    nl: 'Hoe wilt u beginnen?',
    fr: 'Comment voulez-vous commencer ?',
  },
  'surveyBuilder.start.blank': {
    en: 'Blank questionnaire',
    nl: 'Lege vragenlijst',
    fr: 'Questionnaire vide',
  },
  'surveyBuilder.start.blank.body': {
    en: 'Write your own questions.',
    nl: 'Schrijf uw eigen vragen.',
    fr: 'Rédigez vos propres questions.',
  },
  'surveyBuilder.start.template': {
    en: 'From the visitor profile',
    nl: 'Vanuit het bezoekersprofiel',
    fr: 'À partir du profil des visiteurs',
  },
  'surveyBuilder.start.template.body': {
    en: 'Gender, age, diploma, status, municipality, satisfaction…, in six languages; adapt it to your service.',
    nl: 'Gender, leeftijd, diploma, status, gemeente, tevredenheid…, in zes talen; pas ze aan uw dienst aan.',
    fr: 'Genre, âge, diplôme, statut, commune, satisfaction…, en six langues ; adaptez-le à votre service.',
  },
  'surveyBuilder.create': {
    en: 'Create the draft',
    nl: 'Ontwerp aanmaken',
    fr: 'Créer le brouillon',
  },
  'surveyBuilder.newVersion': {
    en: 'This questionnaire has been published or answered: saving makes version {next}. Answers already given keep the version they answered.',
    nl: 'Deze vragenlijst werd al gepubliceerd of ingevuld: opslaan maakt versie {next}. Antwoorden die al gegeven werden, houden hun versie.',
    fr: 'Ce questionnaire a déjà été publié ou a reçu des réponses : l’enregistrer crée la version {next}. Les réponses déjà données gardent leur version.',
  },
  'surveyBuilder.builtIn': {
    en: 'Built-in visitor profile: you may change texts, order and add questions or options, but keep its question keys, types and option keys.',
    nl: 'Ingebouwd bezoekersprofiel: u mag teksten en volgorde wijzigen en vragen of keuzes toevoegen, maar behoud de sleutels, soorten en keuzesleutels.',
    fr: 'Profil des visiteurs intégré : vous pouvez modifier les textes et l’ordre et ajouter des questions ou des options, mais gardez les clés, les types et les clés d’options.',
  },
  'surveyBuilder.general': { en: 'General', nl: 'Algemeen', fr: 'Général' },
  'surveyBuilder.slug': { en: 'Short name', nl: 'Korte naam', fr: 'Nom court' },
  'surveyBuilder.slug.hint': {
    en: 'Lower-case letters, digits and hyphens; used for imports (--survey) and in exports.',
    nl: 'Kleine letters, cijfers en koppeltekens; gebruikt bij imports (--survey) en in exports.',
    fr: 'Minuscules, chiffres et tirets ; sert aux imports (--survey) et dans les exports.',
  },
  'surveyBuilder.languages.legend': {
    en: 'Extra languages of the public form',
    nl: 'Extra talen van het publieke formulier',
    fr: 'Langues supplémentaires du formulaire public',
  },
  'surveyBuilder.languages.hint': {
    en: 'Dutch, French and English are always offered. Each extra language gets a field next to every text; an empty one falls back to English.',
    nl: 'Nederlands, Frans en Engels worden altijd aangeboden. Elke extra taal krijgt een veld bij elke tekst; een leeg veld valt terug op het Engels.',
    fr: 'Le néerlandais, le français et l’anglais sont toujours proposés. Chaque langue supplémentaire reçoit un champ pour chaque texte ; un champ vide reprend l’anglais.',
  },
  'surveyBuilder.lang.nl': { en: 'Dutch', nl: 'Nederlands', fr: 'Néerlandais' },
  'surveyBuilder.lang.fr': { en: 'French', nl: 'Frans', fr: 'Français' },
  'surveyBuilder.lang.en': { en: 'English', nl: 'Engels', fr: 'Anglais' },
  'surveyBuilder.lang.uk': { en: 'Ukrainian', nl: 'Oekraïens', fr: 'Ukrainien' },
  'surveyBuilder.lang.ar': { en: 'Arabic', nl: 'Arabisch', fr: 'Arabe' },
  'surveyBuilder.lang.es': { en: 'Spanish', nl: 'Spaans', fr: 'Espagnol' },
  'surveyBuilder.text.title': { en: 'Title', nl: 'Titel', fr: 'Titre' },
  'surveyBuilder.text.intro': { en: 'Introduction', nl: 'Inleiding', fr: 'Introduction' },
  'surveyBuilder.text.intro.hint': {
    en: 'Optional: shown before the first question. If you write it, write it in Dutch, French and English.',
    nl: 'Niet verplicht: getoond vóór de eerste vraag. Als u ze schrijft, doe dat in het Nederlands, Frans en Engels.',
    fr: 'Facultative : affichée avant la première question. Si vous la rédigez, faites-le en néerlandais, en français et en anglais.',
  },
  'surveyBuilder.text.thanks': {
    en: 'Thank-you message',
    nl: 'Bedankingstekst',
    fr: 'Message de remerciement',
  },
  'surveyBuilder.text.thanks.hint': {
    en: 'Optional: shown after the answers are sent. If you write it, write it in Dutch, French and English.',
    nl: 'Niet verplicht: getoond na het verzenden. Als u ze schrijft, doe dat in het Nederlands, Frans en Engels.',
    fr: 'Facultatif : affiché après l’envoi des réponses. Si vous le rédigez, faites-le en néerlandais, en français et en anglais.',
  },
  'surveyBuilder.questions.title': { en: 'Questions', nl: 'Vragen', fr: 'Questions' },
  'surveyBuilder.question.legend': { en: 'Question {n}', nl: 'Vraag {n}', fr: 'Question {n}' },
  'surveyBuilder.question.add': {
    en: 'Add a question',
    nl: 'Vraag toevoegen',
    fr: 'Ajouter une question',
  },
  'surveyBuilder.question.added': {
    en: 'Question {n} added.',
    nl: 'Vraag {n} toegevoegd.',
    fr: 'Question {n} ajoutée.',
  },
  'surveyBuilder.question.removed': {
    en: 'Question {n} removed.',
    nl: 'Vraag {n} verwijderd.',
    fr: 'Question {n} supprimée.',
  },
  'surveyBuilder.question.moved': {
    en: 'Question moved to place {n}.',
    nl: 'Vraag verplaatst naar plaats {n}.',
    fr: 'Question déplacée en position {n}.',
  },
  'surveyBuilder.question.key': { en: 'Key', nl: 'Sleutel', fr: 'Clé' },
  'surveyBuilder.key.hint': {
    en: 'Stable name in exports and imports: lower-case letters, digits and “_”.',
    nl: 'Vaste naam in exports en imports: kleine letters, cijfers en “_”.',
    fr: 'Nom stable dans les exports et les imports : minuscules, chiffres et « _ ».',
  },
  'surveyBuilder.question.type': {
    en: 'Type of question',
    nl: 'Soort vraag',
    fr: 'Type de question',
  },
  'surveyBuilder.question.required': {
    en: 'An answer is required',
    nl: 'Een antwoord is verplicht',
    fr: 'Une réponse est obligatoire',
  },
  'surveyBuilder.question.text': {
    en: 'Question text',
    nl: 'Vraagtekst',
    fr: 'Texte de la question',
  },
  'surveyBuilder.question.help': { en: 'Help text', nl: 'Hulptekst', fr: 'Texte d’aide' },
  'surveyBuilder.question.help.hint': {
    en: 'Optional: a short explanation under the question.',
    nl: 'Niet verplicht: een korte uitleg onder de vraag.',
    fr: 'Facultatif : une courte explication sous la question.',
  },
  'surveyBuilder.freeText.note': {
    en: 'Respondents will be warned not to write names or contact details in this answer.',
    nl: 'Invullers krijgen de waarschuwing geen namen of contactgegevens in dit antwoord te schrijven.',
    fr: 'Les répondants seront avertis de ne pas écrire de noms ni de coordonnées dans cette réponse.',
  },
  'surveyBuilder.rating.note': {
    en: 'Answers: 1 (lowest) to 5 (highest).',
    nl: 'Antwoorden: 1 (laagst) tot 5 (hoogst).',
    fr: 'Réponses : de 1 (le plus bas) à 5 (le plus haut).',
  },
  'surveyBuilder.yesNo.note': {
    en: 'Answers: yes or no.',
    nl: 'Antwoorden: ja of nee.',
    fr: 'Réponses : oui ou non.',
  },
  'surveyBuilder.number.min': {
    en: 'Lowest accepted number',
    nl: 'Laagste toegelaten getal',
    fr: 'Nombre minimum accepté',
  },
  'surveyBuilder.number.max': {
    en: 'Highest accepted number',
    nl: 'Hoogste toegelaten getal',
    fr: 'Nombre maximum accepté',
  },
  'surveyBuilder.options.legend': { en: 'Options', nl: 'Keuzes', fr: 'Options' },
  'surveyBuilder.options.hint': {
    en: 'At least two. Each key is counted in the results; keep it once answers come in.',
    nl: 'Minstens twee. Elke sleutel wordt geteld in de resultaten; behoud ze zodra er antwoorden zijn.',
    fr: 'Au moins deux. Chaque clé est comptée dans les résultats ; gardez-la dès que des réponses arrivent.',
  },
  'surveyBuilder.option.legend': { en: 'Option {n}', nl: 'Keuze {n}', fr: 'Option {n}' },
  'surveyBuilder.option.which': {
    en: 'option {n} of question {q}',
    nl: 'keuze {n} van vraag {q}',
    fr: 'option {n} de la question {q}',
  },
  'surveyBuilder.option.key': { en: 'Option key', nl: 'Keuzesleutel', fr: 'Clé de l’option' },
  'surveyBuilder.option.label': { en: 'Label', nl: 'Label', fr: 'Libellé' },
  'surveyBuilder.option.add': {
    en: 'Add an option',
    nl: 'Keuze toevoegen',
    fr: 'Ajouter une option',
  },
  'surveyBuilder.option.added': {
    en: 'Option {n} added.',
    nl: 'Keuze {n} toegevoegd.',
    fr: 'Option {n} ajoutée.',
  },
  'surveyBuilder.option.removed': {
    en: 'Option {n} removed.',
    nl: 'Keuze {n} verwijderd.',
    fr: 'Option {n} supprimée.',
  },
  'surveyBuilder.option.moved': {
    en: 'Option moved to place {n}.',
    nl: 'Keuze verplaatst naar plaats {n}.',
    fr: 'Option déplacée en position {n}.',
  },
  'surveyBuilder.moveUp': { en: 'Move up', nl: 'Omhoog', fr: 'Monter' },
  'surveyBuilder.moveDown': { en: 'Move down', nl: 'Omlaag', fr: 'Descendre' },
  'surveyBuilder.remove': { en: 'Remove', nl: 'Verwijderen', fr: 'Supprimer' },
  'surveyBuilder.condition.toggle': {
    en: 'Ask only after certain answers',
    nl: 'Alleen stellen na bepaalde antwoorden',
    fr: 'Poser seulement après certaines réponses',
  },
  'surveyBuilder.condition.hint': {
    en: 'The question appears only when an earlier choice, rating or yes/no question got one of the answers you tick.',
    nl: 'De vraag verschijnt alleen als een eerdere keuze-, score- of ja/nee-vraag een van de aangevinkte antwoorden kreeg.',
    fr: 'La question n’apparaît que si une question précédente à choix, à note ou oui/non a reçu l’une des réponses cochées.',
  },
  'surveyBuilder.condition.unavailable': {
    en: 'A condition needs an earlier choice, rating or yes/no question.',
    nl: 'Een voorwaarde vraagt een eerdere keuze-, score- of ja/nee-vraag.',
    fr: 'Une condition demande une question précédente à choix, à note ou oui/non.',
  },
  'surveyBuilder.condition.question': {
    en: 'Earlier question',
    nl: 'Eerdere vraag',
    fr: 'Question précédente',
  },
  'surveyBuilder.condition.question.choose': {
    en: 'Choose a question',
    nl: 'Kies een vraag',
    fr: 'Choisissez une question',
  },
  'surveyBuilder.condition.source': { en: '{n}. {label}', nl: '{n}. {label}', fr: '{n}. {label}' },
  'surveyBuilder.condition.anyOf': {
    en: 'Ask this question when the answer was',
    nl: 'Deze vraag stellen als het antwoord was',
    fr: 'Poser cette question si la réponse était',
  },
  'surveyBuilder.summary.item': {
    en: '{field}: {message}',
    nl: '{field}: {message}',
    fr: '{field} : {message}',
  },
});
