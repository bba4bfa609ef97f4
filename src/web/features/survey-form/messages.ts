import {
  FREE_TEXT_MAX_LENGTH,
  NUMBER_LIMIT,
  type SurveyQuestion,
} from '../../../core/surveys/model.ts';
import type { FormIssue } from './answers.ts';
import type { SendProblem } from './useSend.ts';
import type { FormStrings } from './strings.ts';

const numberParam = (value: string | number | undefined, fallback: number) => {
  const number = Number(value);
  return value !== undefined && Number.isFinite(number) ? number : fallback;
};

/** The sentence explaining an answer's problem (from the form or the server). */
export function issueMessage(s: FormStrings, issue: FormIssue, question: SurveyQuestion): string {
  const params = issue.params ?? {};
  switch (issue.code) {
    case 'required':
    case 'unknown_option':
    case 'invalid_number':
    case 'question_not_shown':
    case 'form_expired':
      return s.errors[issue.code];
    case 'out_of_range':
      return s.errors.out_of_range(
        numberParam(
          params.minimum,
          question.min ?? (question.type === 'rating' ? 1 : -NUMBER_LIMIT),
        ),
        numberParam(
          params.maximum,
          question.max ?? (question.type === 'rating' ? 5 : NUMBER_LIMIT),
        ),
      );
    case 'too_long':
      return s.errors.too_long(numberParam(params.maximum, FREE_TEXT_MAX_LENGTH));
    default:
      return s.errors.generic;
  }
}

/** The sentence for a send that did not go through. */
export function problemMessage(s: FormStrings, problem: SendProblem): string {
  switch (problem) {
    case 'network':
      return s.networkError;
    case 'rate_limited':
      return s.rateLimited;
    case 'server':
      return s.serverError;
    case 'form_expired':
      return s.errors.form_expired;
    case 'generic':
      return s.errors.generic;
  }
}
