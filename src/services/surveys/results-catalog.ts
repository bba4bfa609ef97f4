import type { UiLanguage } from '../../core/common/languages.ts';
import {
  CHOICE_TYPES,
  EXCLUSIVE_TYPES,
  optionKeysOf,
  type QuestionType,
  type SurveyDefinition,
  type SurveyQuestion,
  type SurveyText,
} from '../../core/surveys/model.ts';
import { translate } from '../../shared/i18n/translate.ts';

/**
 * The questions of a questionnaire across all its versions, read by key: results, filters
 * and cross-tables count answers by question key, whatever version they answered.
 */
export interface CatalogOption {
  key: string;
  labels: SurveyText;
}

export interface CatalogQuestion {
  key: string;
  type: QuestionType;
  labels: SurveyText;
  options: CatalogOption[];
  /** The versions (ids) whose definition asks this question. */
  versionIds: string[];
}

export interface CatalogVersion {
  id: string;
  version: number;
  definition: SurveyDefinition;
}

/** True for choice, rating and yes/no questions: counted per option, filtered and crossed. */
export function isChoice(question: Pick<CatalogQuestion, 'type'>): boolean {
  return CHOICE_TYPES.includes(question.type);
}

/** True when a respondent gives at most one option, so the options add up to `answered`. */
export function isExclusive(question: Pick<CatalogQuestion, 'type'>): boolean {
  return EXCLUSIVE_TYPES.includes(question.type);
}

function allLanguages(text: (lang: UiLanguage) => string): SurveyText {
  return { nl: text('nl'), fr: text('fr'), en: text('en') };
}

/** Labels of one option: its own for choices, the digit for ratings, yes/no from the catalogs. */
function optionsOf(question: SurveyQuestion): CatalogOption[] {
  if (!CHOICE_TYPES.includes(question.type)) return [];
  const own = new Map((question.options ?? []).map((o) => [o.key, o.labels]));
  return optionKeysOf(question).map((key) => ({
    key,
    labels:
      own.get(key) ??
      (question.type === 'yes_no'
        ? allLanguages((lang) => translate(lang, key === 'yes' ? 'survey.yes' : 'survey.no'))
        : allLanguages(() => key)),
  }));
}

/**
 * Merges the versions (any order) into one list: the current version's questions in its
 * order, then keys found only in older versions (newest first). Type, labels and options
 * come from the newest version asking the question; options that only older versions had
 * are appended.
 */
export function mergeQuestions(versions: readonly CatalogVersion[]): CatalogQuestion[] {
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  const byKey = new Map<string, CatalogQuestion>();
  for (const version of newestFirst)
    for (const question of version.definition.questions) {
      const known = byKey.get(question.key);
      if (!known) {
        byKey.set(question.key, {
          key: question.key,
          type: question.type,
          labels: question.labels,
          options: optionsOf(question),
          versionIds: [version.id],
        });
        continue;
      }
      known.versionIds.push(version.id);
      if (!isChoice(known)) continue;
      for (const option of optionsOf(question))
        if (!known.options.some((o) => o.key === option.key)) known.options.push(option);
    }
  return [...byKey.values()];
}
