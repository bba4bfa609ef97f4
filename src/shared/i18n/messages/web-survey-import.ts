import { defineMessages } from '../define.ts';

/** The questionnaire answers import page and its format help. */
export const webSurveyImportMessages = defineMessages({
  'surveyImport.title': {
    en: 'Import answers',
    nl: 'Antwoorden importeren',
    fr: 'Importer des réponses',
  },
  'surveyImport.intro': {
    en: 'Add questionnaire answers collected on paper or in another tool, from a spreadsheet saved as CSV. Nothing is written until the whole file has been checked, unless you choose to skip invalid rows.',
    nl: 'Voeg antwoorden op een vragenlijst toe die op papier of met een ander hulpmiddel verzameld zijn, uit een rekenblad dat als CSV bewaard is. Er wordt niets weggeschreven voor het hele bestand gecontroleerd is, tenzij u ongeldige regels laat overslaan.',
    fr: 'Ajoutez des réponses à un questionnaire recueillies sur papier ou avec un autre outil, depuis un tableur enregistré en CSV. Rien n’est enregistré avant que tout le fichier soit vérifié, sauf si vous choisissez d’ignorer les lignes non valides.',
  },
  'surveyImport.formatLink': {
    en: 'How the file must look: columns and answer keys.',
    nl: 'Hoe het bestand eruitziet: kolommen en antwoordsleutels.',
    fr: 'À quoi le fichier doit ressembler : colonnes et clés de réponse.',
  },
  'surveyImport.survey': { en: 'Questionnaire', nl: 'Vragenlijst', fr: 'Questionnaire' },
  'surveyImport.surveyHint': {
    en: 'The answers go to this questionnaire. A closed questionnaire still takes answers collected on paper; a draft does not.',
    nl: 'De antwoorden gaan naar deze vragenlijst. Een afgesloten vragenlijst neemt nog antwoorden van papier aan; een ontwerp niet.',
    fr: 'Les réponses vont dans ce questionnaire. Un questionnaire clôturé accepte encore des réponses recueillies sur papier ; un brouillon non.',
  },
  'surveyImport.visitorProfile': {
    en: 'Visitor profile (built in)',
    nl: 'Bezoekersprofiel (ingebouwd)',
    fr: 'Profil des visiteurs (intégré)',
  },
  'surveyImport.surveyOption': {
    en: '{title} ({status})',
    nl: '{title} ({status})',
    fr: '{title} ({status})',
  },
  'surveyImport.slug': {
    en: 'Short name of the questionnaire',
    nl: 'Korte naam van de vragenlijst',
    fr: 'Nom court du questionnaire',
  },
  'surveyImport.slugHint': {
    en: 'Leave empty for the visitor profile.',
    nl: 'Laat leeg voor het bezoekersprofiel.',
    fr: 'Laissez vide pour le profil des visiteurs.',
  },

  // The format, explained on the page.
  'surveyImport.format.title': {
    en: 'File format',
    nl: 'Bestandsformaat',
    fr: 'Format du fichier',
  },
  'surveyImport.format.intro': {
    en: 'One row per respondent, after a header row naming the columns (in any order, upper or lower case), “,” or “;” between them. Only submitted_at and the questions marked “answer required” must be filled in; leave a cell empty for a question that was not answered.',
    nl: 'Eén regel per deelnemer, na een kopregel met de namen van de kolommen (in eender welke volgorde, hoofd- of kleine letters), “,” of “;” ertussen. Enkel submitted_at en de vragen met “antwoord verplicht” moeten ingevuld zijn; laat een cel leeg voor een vraag zonder antwoord.',
    fr: 'Une ligne par répondant, après une ligne d’en-tête qui nomme les colonnes (dans n’importe quel ordre, en majuscules ou minuscules), « , » ou « ; » entre elles. Seules submitted_at et les questions marquées « réponse obligatoire » doivent être remplies ; laissez vide la cellule d’une question sans réponse.',
  },
  'surveyImport.format.fixedCaption': {
    en: 'Columns of every answers file',
    nl: 'Kolommen van elk antwoordenbestand',
    fr: 'Colonnes de tout fichier de réponses',
  },
  'surveyImport.format.col.submitted_at': {
    en: 'When the form was filled in: a date (YYYY-MM-DD or DD/MM/YYYY, read as noon) or a date and time (YYYY-MM-DD HH:MM), in the organisation’s time zone unless an offset such as +01:00 or Z follows. Kept to the hour only; never in the future.',
    nl: 'Wanneer het formulier ingevuld werd: een datum (JJJJ-MM-DD of DD/MM/JJJJ, gelezen als 12 uur) of een datum en tijd (JJJJ-MM-DD UU:MM), in de tijdzone van de organisatie tenzij er een verschil zoals +01:00 of Z volgt. Enkel tot op het uur bewaard; nooit in de toekomst.',
    fr: 'Quand le formulaire a été rempli : une date (AAAA-MM-JJ ou JJ/MM/AAAA, lue comme midi) ou une date et une heure (AAAA-MM-JJ HH:MM), dans le fuseau de l’organisation sauf si un décalage comme +01:00 ou Z suit. Conservé à l’heure près seulement ; jamais dans le futur.',
  },
  'surveyImport.format.col.external_id': {
    en: 'Your own number of the form (up to 100 characters). A row whose number was imported before is left unchanged, so the same file can be imported again.',
    nl: 'Uw eigen nummer van het formulier (tot 100 tekens). Een regel waarvan het nummer al geïmporteerd werd, blijft ongewijzigd: hetzelfde bestand kan dus opnieuw geïmporteerd worden.',
    fr: 'Votre propre numéro du formulaire (jusqu’à 100 caractères). Une ligne dont le numéro a déjà été importé reste inchangée : le même fichier peut donc être importé à nouveau.',
  },
  'surveyImport.format.col.language': {
    en: 'The language the form was filled in: {languages}.',
    nl: 'De taal waarin het formulier ingevuld werd: {languages}.',
    fr: 'La langue dans laquelle le formulaire a été rempli : {languages}.',
  },
  'surveyImport.format.questionsTitle': {
    en: 'One column per question',
    nl: 'Eén kolom per vraag',
    fr: 'Une colonne par question',
  },
  'surveyImport.format.questionsIntro': {
    en: 'Name the other columns after the question keys of “{title}”; any other column makes the file refused. Cells hold the answer keys below, in any case.',
    nl: 'Geef de andere kolommen de vraagsleutels van “{title}” als naam; elke andere kolom doet het bestand weigeren. De cellen bevatten de antwoordsleutels hieronder, in hoofd- of kleine letters.',
    fr: 'Nommez les autres colonnes d’après les clés de question de « {title} » ; toute autre colonne fait refuser le fichier. Les cellules contiennent les clés de réponse ci-dessous, en majuscules ou minuscules.',
  },
  'surveyImport.format.questionsCaption': {
    en: 'Questions of the questionnaire and their answer keys',
    nl: 'Vragen van de vragenlijst en hun antwoordsleutels',
    fr: 'Questions du questionnaire et leurs clés de réponse',
  },
  'surveyImport.format.key': {
    en: 'Column (question key)',
    nl: 'Kolom (vraagsleutel)',
    fr: 'Colonne (clé de question)',
  },
  'surveyImport.format.question': { en: 'Question', nl: 'Vraag', fr: 'Question' },
  'surveyImport.format.requiredAnswer': {
    en: '(answer required)',
    nl: '(antwoord verplicht)',
    fr: '(réponse obligatoire)',
  },
  'surveyImport.format.condition': {
    en: 'Only asked when “{question}” is answered {keys}; otherwise the answer is ignored.',
    nl: 'Enkel gevraagd als op “{question}” {keys} geantwoord werd; anders wordt het antwoord genegeerd.',
    fr: 'Posée seulement si la réponse à « {question} » est {keys} ; sinon la réponse est ignorée.',
  },
  'surveyImport.format.single': {
    en: 'One of these keys:',
    nl: 'Een van deze sleutels:',
    fr: 'Une de ces clés :',
  },
  'surveyImport.format.multiple': {
    en: 'One or more of these keys, separated by “|”:',
    nl: 'Een of meer van deze sleutels, gescheiden door “|”:',
    fr: 'Une ou plusieurs de ces clés, séparées par « | » :',
  },
  'surveyImport.format.postalCode': {
    en: 'A Brussels postal code is accepted too, except 1040 and 1050, which cover two municipalities.',
    nl: 'Een Brusselse postcode wordt ook aanvaard, behalve 1040 en 1050, die twee gemeenten dekken.',
    fr: 'Un code postal bruxellois est accepté aussi, sauf 1040 et 1050, qui couvrent deux communes.',
  },
  'surveyImport.format.rating': {
    en: 'A whole number from 1 to 5.',
    nl: 'Een geheel getal van 1 tot 5.',
    fr: 'Un nombre entier de 1 à 5.',
  },
  'surveyImport.format.yesNo': { en: 'yes or no.', nl: 'yes of no.', fr: 'yes ou no.' },
  'surveyImport.format.number': {
    en: 'A number from {min, number} to {max, number}.',
    nl: 'Een getal van {min, number} tot {max, number}.',
    fr: 'Un nombre de {min, number} à {max, number}.',
  },
  'surveyImport.format.freeText': {
    en: 'Text of at most {max} characters, without names or contact details.',
    nl: 'Tekst van ten hoogste {max} tekens, zonder namen of contactgegevens.',
    fr: 'Un texte de {max} caractères au plus, sans nom ni coordonnées.',
  },
  'surveyImport.format.unknownQuestions': {
    en: 'The questions of this questionnaire cannot be shown here: name the columns after its question keys.',
    nl: 'De vragen van deze vragenlijst kunnen hier niet getoond worden: geef de kolommen de vraagsleutels als naam.',
    fr: 'Les questions de ce questionnaire ne peuvent pas être affichées ici : nommez les colonnes d’après ses clés de question.',
  },
  'surveyImport.format.example': {
    en: 'An example, with “;” between the columns:',
    nl: 'Een voorbeeld, met “;” tussen de kolommen:',
    fr: 'Un exemple, avec « ; » entre les colonnes :',
  },
});
