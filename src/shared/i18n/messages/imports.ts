import { defineMessages } from '../define.ts';

/** Contact import: validation report, progress, web upload page and CLI. */
export const importMessages = defineMessages({
  'import.title': {
    en: 'Import contacts',
    nl: 'Contacten importeren',
    fr: 'Importer des contacts',
  },

  // Problems of one row (the shared `issue.*` messages cover the others).
  'import.issue.invalid_date': {
    en: '“{value}” is not an existing date: write YYYY-MM-DD or DD/MM/YYYY.',
    nl: '“{value}” is geen bestaande datum: schrijf JJJJ-MM-DD of DD/MM/JJJJ.',
    fr: '« {value} » n’est pas une date existante : écrivez AAAA-MM-JJ ou JJ/MM/AAAA.',
  },
  'import.issue.unknown_location': {
    en: 'This organisation has no location with the short name or name “{value}”.',
    nl: 'Deze organisatie heeft geen locatie met de korte naam of naam “{value}”.',
    fr: 'Cette organisation n’a pas de lieu dont le nom court ou le nom est « {value} ».',
  },
  'import.issue.unknown_municipality': {
    en: '“{value}” is neither a Brussels NIS code (21001–21019) nor a Brussels postal code.',
    nl: '“{value}” is geen Brusselse NIS-code (21001–21019) en geen Brusselse postcode.',
    fr: '« {value} » n’est ni un code INS bruxellois (21001–21019) ni un code postal bruxellois.',
  },
  'import.issue.invalid_tag': {
    en: 'The tag “{value}” is not valid: use lower-case letters and digits with single “_” or “-” (for example “neet_referral”), several separated by “|”.',
    nl: 'Het label “{value}” is ongeldig: gebruik kleine letters en cijfers met enkele “_” of “-” (bijvoorbeeld “neet_referral”), meerdere gescheiden door “|”.',
    fr: 'L’étiquette « {value} » n’est pas valide : utilisez des minuscules et des chiffres avec un seul « _ » ou « - » (par exemple « neet_referral »), plusieurs séparées par « | ».',
  },
  'import.issue.unknown_language': {
    en: 'Unknown language code “{value}”: use a two-letter ISO 639-1 code such as nl, fr, en or ar.',
    nl: 'Onbekende taalcode “{value}”: gebruik een ISO 639-1-code van twee letters, zoals nl, fr, en of ar.',
    fr: 'Code de langue inconnu « {value} » : utilisez un code ISO 639-1 de deux lettres, comme nl, fr, en ou ar.',
  },
  'import.issue.too_many_tags': {
    en: 'At most {maximum} tags per row.',
    nl: 'Ten hoogste {maximum} labels per regel.',
    fr: 'Au plus {maximum} étiquettes par ligne.',
  },
  'import.issue.field_count': {
    en: 'This row has {actual, plural, one {# field} other {# fields}}; the header row has {expected}.',
    nl: 'Deze regel heeft {actual, plural, one {# veld} other {# velden}}; de kopregel heeft er {expected}.',
    fr: 'Cette ligne a {actual, plural, one {# champ} other {# champs}} ; la ligne d’en-tête en a {expected}.',
  },
  'import.issue.bad_quote': {
    en: 'Text follows a closing quote: write a quote inside a quoted field as "".',
    nl: 'Er volgt tekst na een sluitend aanhalingsteken: schrijf een aanhalingsteken binnen een veld tussen aanhalingstekens als "".',
    fr: 'Du texte suit un guillemet fermant : dans un champ entre guillemets, écrivez un guillemet comme "".',
  },

  // Problems of one row of questionnaire answers.
  'import.issue.invalid_submitted_at': {
    en: '“{value}” is not a date or date-time: write YYYY-MM-DD, DD/MM/YYYY or YYYY-MM-DD HH:MM.',
    nl: '“{value}” is geen datum of tijdstip: schrijf JJJJ-MM-DD, DD/MM/JJJJ of JJJJ-MM-DD UU:MM.',
    fr: '« {value} » n’est ni une date ni une date avec heure : écrivez AAAA-MM-JJ, JJ/MM/AAAA ou AAAA-MM-JJ HH:MM.',
  },
  'import.issue.unknown_form_language': {
    en: 'Unknown form language “{value}”: use one of {allowed}.',
    nl: 'Onbekende taal van het formulier “{value}”: gebruik een van {allowed}.',
    fr: 'Langue du formulaire inconnue « {value} » : utilisez l’une de {allowed}.',
  },
  'import.issue.unknown_option': {
    en: '“{value}” is not an option of this question: use one of {allowed}.',
    nl: '“{value}” is geen keuze bij deze vraag: gebruik een van {allowed}.',
    fr: '« {value} » n’est pas un choix de cette question : utilisez l’un de {allowed}.',
  },
  'import.issue.unknown_municipality_answer': {
    en: '“{value}” is neither a Brussels NIS code (21001–21019), a Brussels postal code nor outside_brussels.',
    nl: '“{value}” is geen Brusselse NIS-code (21001–21019), geen Brusselse postcode en geen outside_brussels.',
    fr: '« {value} » n’est ni un code INS bruxellois (21001–21019), ni un code postal bruxellois, ni outside_brussels.',
  },

  // Problems of the file as a whole: nothing is imported.
  'import.file.empty': {
    en: 'The file is empty: it needs a header row (for example “date;type;count”) and one row per contact line.',
    nl: 'Het bestand is leeg: het heeft een kopregel nodig (bijvoorbeeld “date;type;count”) en één regel per contactregel.',
    fr: 'Le fichier est vide : il lui faut une ligne d’en-tête (par exemple « date;type;count ») et une ligne par ligne de contacts.',
  },
  'import.surveyFile.empty': {
    en: 'The file is empty: it needs a header row (for example “submitted_at;gender;highest_diploma”) and one row per respondent.',
    nl: 'Het bestand is leeg: het heeft een kopregel nodig (bijvoorbeeld “submitted_at;gender;highest_diploma”) en één regel per deelnemer.',
    fr: 'Le fichier est vide : il lui faut une ligne d’en-tête (par exemple « submitted_at;gender;highest_diploma ») et une ligne par répondant.',
  },
  'import.file.wrong_delimiter': {
    en: 'The header row has no comma or semicolon between the column names: save the file as CSV with “,” or “;” as separator.',
    nl: 'De kopregel heeft geen komma of puntkomma tussen de kolomnamen: bewaar het bestand als CSV met “,” of “;” als scheidingsteken.',
    fr: 'La ligne d’en-tête n’a ni virgule ni point-virgule entre les noms de colonnes : enregistrez le fichier en CSV avec « , » ou « ; » comme séparateur.',
  },
  'import.file.missing_columns': {
    en: 'The header row lacks the required {count, plural, one {column} other {columns}} {columns}.',
    nl: 'De kopregel mist de verplichte {count, plural, one {kolom} other {kolommen}} {columns}.',
    fr: 'Il manque à la ligne d’en-tête {count, plural, one {la colonne obligatoire} other {les colonnes obligatoires}} {columns}.',
  },
  'import.file.unknown_columns': {
    en: 'Unknown {count, plural, one {column} other {columns}} in the header row: {columns}. The columns are: {known}.',
    nl: 'Onbekende {count, plural, one {kolom} other {kolommen}} in de kopregel: {columns}. De kolommen zijn: {known}.',
    fr: '{count, plural, one {Colonne inconnue} other {Colonnes inconnues}} dans la ligne d’en-tête : {columns}. Les colonnes sont : {known}.',
  },
  'import.file.duplicate_column': {
    en: 'The column “{column}” appears twice in the header row.',
    nl: 'De kolom “{column}” komt twee keer voor in de kopregel.',
    fr: 'La colonne « {column} » apparaît deux fois dans la ligne d’en-tête.',
  },
  'import.file.invalid_utf8': {
    en: 'Line {line} is not valid UTF-8 text: save the file as “CSV UTF-8”.',
    nl: 'Regel {line} is geen geldige UTF-8-tekst: bewaar het bestand als “CSV UTF-8”.',
    fr: 'La ligne {line} n’est pas du texte UTF-8 valide : enregistrez le fichier en « CSV UTF-8 ».',
  },
  'import.file.unclosed_quote': {
    en: 'The quoted field that starts on line {line} is never closed.',
    nl: 'Het veld tussen aanhalingstekens dat op regel {line} begint, wordt nooit gesloten.',
    fr: 'Le champ entre guillemets qui commence à la ligne {line} n’est jamais fermé.',
  },
  'import.file.row_too_long': {
    en: 'The row that starts on line {line} is longer than {maximum, number} characters (a quote that is never closed?).',
    nl: 'De regel die op regel {line} begint, is langer dan {maximum, number} tekens (een aanhalingsteken dat nooit gesloten wordt?).',
    fr: 'La ligne qui commence à la ligne {line} dépasse {maximum, number} caractères (un guillemet jamais fermé ?).',
  },
  'import.file.too_large': {
    en: 'The file is larger than {megabytes, number} MB.',
    nl: 'Het bestand is groter dan {megabytes, number} MB.',
    fr: 'Le fichier dépasse {megabytes, number} Mo.',
  },
  'import.file.read_failed': {
    en: 'The file could not be read to the end ({reason}).',
    nl: 'Het bestand kon niet tot het einde gelezen worden ({reason}).',
    fr: 'Le fichier n’a pas pu être lu jusqu’au bout ({reason}).',
  },

  // The report, in the CLI and on the page.
  'import.count.rowsRead': { en: 'Rows read', nl: 'Gelezen regels', fr: 'Lignes lues' },
  'import.count.inserted': { en: 'Added', nl: 'Toegevoegd', fr: 'Ajoutées' },
  'import.count.updated': { en: 'Updated', nl: 'Bijgewerkt', fr: 'Mises à jour' },
  'import.count.unchanged': { en: 'Unchanged', nl: 'Ongewijzigd', fr: 'Inchangées' },
  'import.count.skipped': {
    en: 'Skipped (invalid)',
    nl: 'Overgeslagen (ongeldig)',
    fr: 'Ignorées (non valides)',
  },
  'import.count.invalidRows': {
    en: 'Rows with errors',
    nl: 'Regels met fouten',
    fr: 'Lignes avec erreurs',
  },
  'import.count.newTags': { en: 'New tags', nl: 'Nieuwe labels', fr: 'Nouvelles étiquettes' },
  'import.count.newActivities': {
    en: 'New activities',
    nl: 'Nieuwe activiteiten',
    fr: 'Nouvelles activités',
  },
  'import.outcome.committed': {
    en: 'The import is done.',
    nl: 'De import is klaar.',
    fr: 'L’import est terminé.',
  },
  'import.outcome.committedSkipping': {
    en: 'The valid rows are imported; {skipped, plural, one {# row with errors was} other {# rows with errors were}} left out.',
    nl: 'De geldige regels zijn geïmporteerd; {skipped, plural, one {# regel met fouten werd} other {# regels met fouten werden}} overgeslagen.',
    fr: 'Les lignes valides sont importées ; {skipped, plural, one {# ligne avec des erreurs a été ignorée} other {# lignes avec des erreurs ont été ignorées}}.',
  },
  'import.outcome.dryRun': {
    en: 'Trial run: nothing was written. The figures show what an import would do.',
    nl: 'Proefrit: er werd niets weggeschreven. De cijfers tonen wat een import zou doen.',
    fr: 'Essai : rien n’a été enregistré. Les chiffres montrent ce que ferait un import.',
  },
  'import.outcome.rowErrors': {
    en: 'Nothing was imported: {invalid, plural, one {# row has} other {# rows have}} errors (of {rows, number} read). Correct them, or import the valid rows only.',
    nl: 'Er werd niets geïmporteerd: {invalid, plural, one {# regel heeft} other {# regels hebben}} fouten (van {rows, number} gelezen). Verbeter ze, of importeer enkel de geldige regels.',
    fr: 'Rien n’a été importé : {invalid, plural, one {# ligne a} other {# lignes ont}} des erreurs (sur {rows, number} lues). Corrigez-les, ou n’importez que les lignes valides.',
  },
  'import.outcome.fileError': {
    en: 'Nothing was imported: the file cannot be read as a contact import.',
    nl: 'Er werd niets geïmporteerd: het bestand kan niet gelezen worden als contactimport.',
    fr: 'Rien n’a été importé : le fichier ne peut pas être lu comme un import de contacts.',
  },
  'import.outcome.surveyFileError': {
    en: 'Nothing was imported: the file cannot be read as answers to this questionnaire.',
    nl: 'Er werd niets geïmporteerd: het bestand kan niet gelezen worden als antwoorden op deze vragenlijst.',
    fr: 'Rien n’a été importé : le fichier ne peut pas être lu comme des réponses à ce questionnaire.',
  },
  'import.summary.withoutExternalId': {
    en: '{count, plural, one {# row has} other {# rows have}} no external id: importing the same file again adds {count, plural, one {it} other {them}} again.',
    nl: '{count, plural, one {# regel heeft} other {# regels hebben}} geen externe id: wie hetzelfde bestand opnieuw importeert, voegt {count, plural, one {die} other {ze}} opnieuw toe.',
    fr: '{count, plural, one {# ligne n’a} other {# lignes n’ont}} pas d’identifiant externe : importer à nouveau le même fichier {count, plural, one {l’ajoute} other {les ajoute}} à nouveau.',
  },
  'import.summary.moreActivities': {
    en: '… and {count, number} more',
    nl: '… en nog {count, number}',
    fr: '… et {count, number} de plus',
  },
  'import.errors.truncated': {
    en: 'The first {shown, number} of {total, number} errors are listed.',
    nl: 'De eerste {shown, number} van {total, number} fouten staan hieronder.',
    fr: 'Les {shown, number} premières erreurs sur {total, number} sont listées.',
  },
  'import.column.line': { en: 'Line', nl: 'Regel', fr: 'Ligne' },
  'import.column.column': { en: 'Column', nl: 'Kolom', fr: 'Colonne' },
  'import.column.code': { en: 'Code', nl: 'Code', fr: 'Code' },
  'import.column.reason': { en: 'Reason', nl: 'Reden', fr: 'Raison' },

  // parcours import contacts
  'import.cli.description': {
    en: 'import data from files',
    nl: 'gegevens uit bestanden importeren',
    fr: 'importer des données depuis des fichiers',
  },
  'import.cli.contacts.description': {
    en: 'import contacts from a CSV file (UTF-8, a header row, “,” or “;” between columns); all or nothing unless --skip-invalid',
    nl: 'contacten importeren uit een CSV-bestand (UTF-8, een kopregel, “,” of “;” tussen de kolommen); alles of niets tenzij --skip-invalid',
    fr: 'importer des contacts depuis un fichier CSV (UTF-8, une ligne d’en-tête, « , » ou « ; » entre les colonnes) ; tout ou rien sauf avec --skip-invalid',
  },
  'import.cli.argument.file': {
    en: 'the CSV file (“-” reads standard input)',
    nl: 'het CSV-bestand (“-” leest de standaardinvoer)',
    fr: 'le fichier CSV (« - » lit l’entrée standard)',
  },
  'import.cli.option.skipInvalid': {
    en: 'import the valid rows and report the others',
    nl: 'de geldige regels importeren en de andere melden',
    fr: 'importer les lignes valides et signaler les autres',
  },
  'import.cli.option.dryRun': {
    en: 'check and count, write nothing',
    nl: 'controleren en tellen, niets wegschrijven',
    fr: 'vérifier et compter, ne rien enregistrer',
  },
  'import.cli.fileNotFound': {
    en: 'Cannot read the file {file}.',
    nl: 'Kan het bestand {file} niet lezen.',
    fr: 'Impossible de lire le fichier {file}.',
  },
  'import.cli.progress': {
    en: 'Read {rows, number} rows ({percent, number, percent})…',
    nl: '{rows, number} regels gelezen ({percent, number, percent})…',
    fr: '{rows, number} lignes lues ({percent, number, percent})…',
  },
  'import.cli.heading': {
    en: 'Import of {file} into {org}:',
    nl: 'Import van {file} in {org}:',
    fr: 'Import de {file} dans {org} :',
  },
  'import.cli.rowErrors': {
    en: 'Nothing was imported: {invalid, plural, one {# row has} other {# rows have}} errors (of {rows, number}). Correct them, or use --skip-invalid to import the valid rows.',
    nl: 'Er werd niets geïmporteerd: {invalid, plural, one {# regel heeft} other {# regels hebben}} fouten (van {rows, number}). Verbeter ze, of gebruik --skip-invalid om de geldige regels te importeren.',
    fr: 'Rien n’a été importé : {invalid, plural, one {# ligne a} other {# lignes ont}} des erreurs (sur {rows, number}). Corrigez-les, ou utilisez --skip-invalid pour importer les lignes valides.',
  },

  'import.count.line': { en: '{label}: {value}', nl: '{label}: {value}', fr: '{label} : {value}' },
});
