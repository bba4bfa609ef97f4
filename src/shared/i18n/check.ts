import { IntlMessageFormat } from 'intl-messageformat';
import { UI_LANGUAGES } from '../../core/common/languages.ts';
import { ERROR_CODES } from '../../core/common/errors.ts';
import type { MessageEntry } from './define.ts';

type Ast = ReturnType<IntlMessageFormat['getAst']>;

/** Names of the ICU arguments used in a message (recursing into plural/select branches). */
function argumentsOf(ast: Ast, into = new Set<string>()): Set<string> {
  for (const element of ast) {
    if ('value' in element && typeof element.value === 'string' && element.type !== 0)
      into.add(element.value);
    if ('options' in element)
      for (const option of Object.values(element.options))
        argumentsOf((option as { value: Ast }).value, into);
    if ('children' in element) argumentsOf(element.children as Ast, into);
  }
  return into;
}

/**
 * Checks the catalogs: every key in nl, fr and en, non-empty, valid ICU, the same
 * arguments in every language, no key defined in two groups, every error code translated.
 */
export function checkCatalogs(groups: Record<string, Record<string, MessageEntry>>): string[] {
  const problems: string[] = [];
  const owner = new Map<string, string>();
  for (const [group, messages] of Object.entries(groups)) {
    for (const [key, entry] of Object.entries(messages)) {
      const previous = owner.get(key);
      if (previous) problems.push(`${key}: defined in both ${previous} and ${group}`);
      owner.set(key, group);
      let reference: string | undefined;
      // English first: it is the reference the others are compared with.
      for (const lang of ['en', ...UI_LANGUAGES.filter((l) => l !== 'en')] as const) {
        const text = entry[lang];
        if (typeof text !== 'string' || text.trim() === '') {
          problems.push(`${key}: missing ${lang}`);
          continue;
        }
        try {
          const args = [...argumentsOf(new IntlMessageFormat(text, lang).getAst())]
            .sort()
            .join(',');
          if (reference === undefined) reference = args;
          else if (args !== reference)
            problems.push(`${key}: ${lang} uses arguments {${args}} but en uses {${reference}}`);
        } catch (error) {
          problems.push(`${key}: ${lang} is not valid ICU (${(error as Error).message})`);
        }
      }
    }
  }
  for (const code of ERROR_CODES)
    if (!owner.has(`error.${code}`)) problems.push(`error.${code}: no message for this error code`);
  return problems;
}
