import { defineMessages } from '../define.ts';

/** The import upload page and its format help. */
export const webImportMessages = defineMessages({
  // The upload page.
  'import.page.intro': {
    en: 'Add contacts from a spreadsheet saved as CSV. Nothing is written until the whole file has been checked, unless you choose to skip invalid rows.',
    nl: 'Voeg contacten toe uit een rekenblad dat als CSV bewaard is. Er wordt niets weggeschreven voor het hele bestand gecontroleerd is, tenzij u ongeldige regels laat overslaan.',
    fr: 'Ajoutez des contacts depuis un tableur enregistré en CSV. Rien n’est enregistré avant que tout le fichier soit vérifié, sauf si vous choisissez d’ignorer les lignes non valides.',
  },
  'import.page.file': { en: 'CSV file', nl: 'CSV-bestand', fr: 'Fichier CSV' },
  'import.page.fileHint': {
    en: 'UTF-8 text with a header row, “,” or “;” between the columns; at most 512 MB. You can also drop the file on this area.',
    nl: 'UTF-8-tekst met een kopregel, “,” of “;” tussen de kolommen; ten hoogste 512 MB. U kunt het bestand ook op deze zone neerzetten.',
    fr: 'Texte UTF-8 avec une ligne d’en-tête, « , » ou « ; » entre les colonnes ; 512 Mo au plus. Vous pouvez aussi déposer le fichier sur cette zone.',
  },
  'import.page.chosen': {
    en: 'Chosen: {name} ({size})',
    nl: 'Gekozen: {name} ({size})',
    fr: 'Choisi : {name} ({size})',
  },
  'import.page.skipInvalid': {
    en: 'Skip invalid rows',
    nl: 'Ongeldige regels overslaan',
    fr: 'Ignorer les lignes non valides',
  },
  'import.page.skipInvalidHint': {
    en: 'Import the valid rows and list the others. Without this, one invalid row stops the whole import.',
    nl: 'De geldige regels importeren en de andere oplijsten. Zonder deze keuze houdt één ongeldige regel de hele import tegen.',
    fr: 'Importer les lignes valides et lister les autres. Sans ce choix, une seule ligne non valide arrête tout l’import.',
  },
  'import.page.dryRun': {
    en: 'Trial run only',
    nl: 'Enkel een proefrit',
    fr: 'Essai seulement',
  },
  'import.page.dryRunHint': {
    en: 'Check the file and show what would change, without writing anything.',
    nl: 'Het bestand controleren en tonen wat er zou veranderen, zonder iets weg te schrijven.',
    fr: 'Vérifier le fichier et montrer ce qui changerait, sans rien enregistrer.',
  },
  'import.page.submit': { en: 'Import', nl: 'Importeren', fr: 'Importer' },
  'import.page.submitDryRun': {
    en: 'Check the file',
    nl: 'Bestand controleren',
    fr: 'Vérifier le fichier',
  },
  'import.page.chooseFirst': {
    en: 'Choose a CSV file first.',
    nl: 'Kies eerst een CSV-bestand.',
    fr: 'Choisissez d’abord un fichier CSV.',
  },
  'import.page.uploading': {
    en: 'Sending and checking the file: {percent, number, percent}',
    nl: 'Bestand wordt verzonden en gecontroleerd: {percent, number, percent}',
    fr: 'Envoi et vérification du fichier : {percent, number, percent}',
  },
  'import.page.processing': {
    en: 'Checking the last rows and saving…',
    nl: 'De laatste regels worden gecontroleerd en bewaard…',
    fr: 'Vérification des dernières lignes et enregistrement…',
  },
  'import.page.progressLabel': {
    en: 'Progress of the import',
    nl: 'Voortgang van de import',
    fr: 'Progression de l’import',
  },
  'import.page.reportTitle': {
    en: 'Import report',
    nl: 'Importverslag',
    fr: 'Rapport d’import',
  },
  'import.page.summaryCaption': {
    en: 'Figures of the import',
    nl: 'Cijfers van de import',
    fr: 'Chiffres de l’import',
  },
  'import.page.errorsCaption': {
    en: 'Problems found',
    nl: 'Gevonden problemen',
    fr: 'Problèmes trouvés',
  },
  'import.page.noErrors': {
    en: 'No problems found.',
    nl: 'Geen problemen gevonden.',
    fr: 'Aucun problème trouvé.',
  },
  'import.page.download': {
    en: 'Download the problems (CSV)',
    nl: 'Problemen downloaden (CSV)',
    fr: 'Télécharger les problèmes (CSV)',
  },
  'import.page.problemsFile': {
    en: '{name}-problems.csv',
    nl: '{name}-problemen.csv',
    fr: '{name}-problemes.csv',
  },
  'import.page.wholeFile': { en: 'whole file', nl: 'hele bestand', fr: 'tout le fichier' },
  'import.page.wholeRow': { en: 'whole row', nl: 'hele regel', fr: 'toute la ligne' },

  // The format, explained on the page.
  'import.format.title': { en: 'File format', nl: 'Bestandsformaat', fr: 'Format du fichier' },
  'import.format.intro': {
    en: 'One row per contact line, after a header row naming the columns (in any order, upper or lower case). Only date and type are required; leave other cells empty when unknown.',
    nl: 'Eén regel per contactregel, na een kopregel met de namen van de kolommen (in eender welke volgorde, hoofd- of kleine letters). Enkel date en type zijn verplicht; laat andere cellen leeg als ze onbekend zijn.',
    fr: 'Une ligne par ligne de contacts, après une ligne d’en-tête qui nomme les colonnes (dans n’importe quel ordre, en majuscules ou minuscules). Seules date et type sont obligatoires ; laissez les autres cellules vides si elles sont inconnues.',
  },
  'import.format.caption': {
    en: 'The columns of the file',
    nl: 'De kolommen van het bestand',
    fr: 'Les colonnes du fichier',
  },
  'import.format.column': { en: 'Column', nl: 'Kolom', fr: 'Colonne' },
  'import.format.meaning': { en: 'What to write', nl: 'Wat u schrijft', fr: 'Quoi écrire' },
  'import.format.required': { en: '(required)', nl: '(verplicht)', fr: '(obligatoire)' },
  'import.format.col.date': {
    en: 'Day of the contact: 2025-03-14 or 14/03/2025; not in the future.',
    nl: 'Dag van het contact: 2025-03-14 of 14/03/2025; niet in de toekomst.',
    fr: 'Jour du contact : 2025-03-14 ou 14/03/2025 ; pas dans le futur.',
  },
  'import.format.col.type': {
    en: 'individual_advice, documentation_centre, collective_activity, event or outreach.',
    nl: 'individual_advice, documentation_centre, collective_activity, event of outreach.',
    fr: 'individual_advice, documentation_centre, collective_activity, event ou outreach.',
  },
  'import.format.col.count': {
    en: 'Number of people, a whole number of at least 1 (1 when empty).',
    nl: 'Aantal personen, een geheel getal van minstens 1 (1 als de cel leeg is).',
    fr: 'Nombre de personnes, un entier d’au moins 1 (1 si la cellule est vide).',
  },
  'import.format.col.theme': {
    en: 'learn, work, move, start_business or choose.',
    nl: 'learn, work, move, start_business of choose.',
    fr: 'learn, work, move, start_business ou choose.',
  },
  'import.format.col.language': {
    en: 'Language of the service, a two-letter code: nl, fr, en, ar…',
    nl: 'Taal van de dienstverlening, een code van twee letters: nl, fr, en, ar…',
    fr: 'Langue du service, un code de deux lettres : nl, fr, en, ar…',
  },
  'import.format.col.channel': {
    en: 'walk_in, phone, email, online or outreach.',
    nl: 'walk_in, phone, email, online of outreach.',
    fr: 'walk_in, phone, email, online ou outreach.',
  },
  'import.format.col.time': {
    en: 'Time of day, 14:30 (optional).',
    nl: 'Tijdstip, 14:30 (optioneel).',
    fr: 'Heure, 14:30 (facultatif).',
  },
  'import.format.col.location': {
    en: 'Short name or exact name of one of your locations.',
    nl: 'Korte naam of exacte naam van een van uw locaties.',
    fr: 'Nom court ou nom exact d’un de vos lieux.',
  },
  'import.format.col.municipality': {
    en: 'NIS code (21004) or Brussels postal code (1080); 1040 and 1050 span two municipalities: use the NIS code.',
    nl: 'NIS-code (21004) of Brusselse postcode (1080); 1040 en 1050 liggen in twee gemeenten: gebruik de NIS-code.',
    fr: 'Code INS (21004) ou code postal bruxellois (1080) ; 1040 et 1050 couvrent deux communes : utilisez le code INS.',
  },
  'import.format.col.tags': {
    en: 'Target-group tags separated by “|”: ukrainian|neet_referral. New tags are created.',
    nl: 'Doelgroeplabels gescheiden door “|”: ukrainian|neet_referral. Nieuwe labels worden aangemaakt.',
    fr: 'Étiquettes de public séparées par « | » : ukrainian|neet_referral. Les nouvelles étiquettes sont créées.',
  },
  'import.format.col.activity': {
    en: 'External id of an activity: rows sharing it form one activity, created when unknown (a collective session, event or outreach trip, after the type).',
    nl: 'Externe id van een activiteit: regels met dezelfde id vormen één activiteit, aangemaakt als ze onbekend is (een collectieve sessie, evenement of outreachrit, volgens het type).',
    fr: 'Identifiant externe d’une activité : les lignes qui le partagent forment une activité, créée si elle est inconnue (séance collective, événement ou sortie outreach, selon le type).',
  },
  'import.format.col.external_id': {
    en: 'Your own id of the row. Importing the file again then changes nothing, and a changed row is updated; rows without it are added each time.',
    nl: 'Uw eigen id van de regel. Het bestand opnieuw importeren verandert dan niets, en een gewijzigde regel wordt bijgewerkt; regels zonder id worden telkens toegevoegd.',
    fr: 'Votre propre identifiant de la ligne. Réimporter le fichier ne change alors rien, et une ligne modifiée est mise à jour ; les lignes sans identifiant sont ajoutées à chaque fois.',
  },
  'import.format.exampleSemicolon': {
    en: 'Example with semicolons (as Belgian spreadsheets save CSV):',
    nl: 'Voorbeeld met puntkomma’s (zoals Belgische rekenbladen CSV bewaren):',
    fr: 'Exemple avec des points-virgules (comme les tableurs belges enregistrent le CSV) :',
  },
  'import.format.exampleComma': {
    en: 'The same file with commas:',
    nl: 'Hetzelfde bestand met komma’s:',
    fr: 'Le même fichier avec des virgules :',
  },
});
