import type { FieldIssue } from '../../core/common/errors.ts';
import { optionKeysOf, type SurveyDefinition } from '../../core/surveys/model.ts';
import { VISITOR_PROFILE, VISITOR_PROFILE_TEMPLATE } from '../../core/surveys/visitor-profile.ts';

const TEMPLATES: Record<string, SurveyDefinition> = {
  [VISITOR_PROFILE_TEMPLATE]: VISITOR_PROFILE,
};

/**
 * A questionnaire made from a built-in template keeps the template's question keys, their
 * types and their option keys: imports, the annual report and funders' tables read them.
 * Wording, order, help texts, extra questions and extra options may change.
 */
export function checkBuiltInKeys(
  template: string | null,
  definition: SurveyDefinition,
): FieldIssue[] {
  const base = template ? TEMPLATES[template] : undefined;
  if (!base) return [];
  const issues: FieldIssue[] = [];
  for (const required of base.questions) {
    const index = definition.questions.findIndex((q) => q.key === required.key);
    const question = definition.questions[index];
    if (!question) {
      issues.push({
        path: 'definition.questions',
        code: 'built_in_key',
        params: { value: required.key },
      });
      continue;
    }
    if (question.type !== required.type) {
      issues.push({
        path: `definition.questions.${index}.type`,
        code: 'built_in_key',
        params: { value: required.key },
      });
      continue;
    }
    const options = new Set(optionKeysOf(question));
    const missing = optionKeysOf(required).filter((key) => !options.has(key));
    if (missing.length > 0)
      issues.push({
        path: `definition.questions.${index}.options`,
        code: 'built_in_key',
        params: { value: missing.join(', ') },
      });
  }
  return issues;
}
