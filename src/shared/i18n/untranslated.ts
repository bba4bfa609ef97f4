import { IntlMessageFormat } from 'intl-messageformat';
import type { MessageEntry } from './define.ts';

type Ast = ReturnType<IntlMessageFormat['getAst']>;

/**
 * Words that are rightly the same in Dutch or French as in English: names, abbreviations and
 * words these languages share with English. A value of nl or fr that equals the English one
 * is accepted only when each of its words is listed here (case aside). Keep it short: every
 * other equal value is a text someone forgot to translate.
 */
export const SAME_AS_ENGLISH: Record<'nl' | 'fr', readonly string[]> = {
  nl: [
    // names and abbreviations
    ...['Parcours', 'Formtruck', 'English', 'Français', 'Nederlands', 'CSV', 'XLSX', 'Excel'],
    ...['PDF', 'JSON', 'E-mail'],
    // Dutch words spelt as in English
    ...['Budget', 'Coach', 'Code', 'Dashboard', 'Filter', 'Filters', 'Import', 'Indicator'],
    ...['Kiosk', 'Label', 'Online', 'Partner', 'Status', 'Type', 'Week', 'Workshop'],
  ],
  fr: [
    ...['Parcours', 'Formtruck', 'English', 'Français', 'Nederlands', 'CSV', 'XLSX', 'Excel'],
    ...['PDF', 'JSON', 'E-mail'],
    // French words spelt as in English
    ...['Action', 'Actions', 'Budget', 'Coach', 'Code', 'Contacts', 'Date', 'Description'],
    ...['Introduction', 'Option', 'Options', 'Organisation', 'Organisations', 'Pages'],
    ...['Participants', 'Programme', 'Programmes', 'Question', 'Questions', 'Questionnaire'],
    ...['Questionnaires', 'Source', 'Total', 'Type', 'Version', 'Versions'],
  ],
};

/** The literal text of a message, with arguments left out and plural/select branches in. */
function textOf(ast: Ast): string {
  return ast
    .map((element) => {
      if (element.type === 0) return element.value;
      if ('options' in element)
        return Object.values(element.options)
          .map((option) => textOf((option as { value: Ast }).value))
          .join(' ');
      if ('children' in element) return textOf(element.children as Ast);
      return ' ';
    })
    .join('');
}

const WORD = /\p{L}[\p{L}\p{M}’'-]*/gu;

/**
 * Values in nl or fr equal to the English one, other than names and shared words
 * (`SAME_AS_ENGLISH`) and texts with no words at all (`{from} – {to}`).
 */
export function findUntranslated(groups: Record<string, Record<string, MessageEntry>>): string[] {
  const problems: string[] = [];
  for (const messages of Object.values(groups))
    for (const [key, entry] of Object.entries(messages))
      for (const lang of ['nl', 'fr'] as const) {
        if (entry[lang] !== entry.en) continue;
        let text: string;
        try {
          text = textOf(new IntlMessageFormat(entry.en, 'en').getAst());
        } catch {
          continue; // invalid ICU is checkCatalogs' to report
        }
        const allowed = new Set(SAME_AS_ENGLISH[lang].map((word) => word.toLowerCase()));
        const foreign = (text.match(WORD) ?? []).filter((word) => !allowed.has(word.toLowerCase()));
        if (foreign.length)
          problems.push(
            `${key}: ${lang} is the English text "${entry.en}" (${foreign.join(', ')})`,
          );
      }
  return problems;
}
