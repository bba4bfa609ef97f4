import { describe, expect, it } from 'vitest';
import { checkDefinition, isVisible } from './definition.ts';
import type { SurveyDefinition, SurveyQuestion } from './model.ts';

const text = (s: string) => ({ nl: s, fr: s, en: s });
const choice = (key: string, options: string[], extra: Partial<SurveyQuestion> = {}) =>
  ({
    key,
    type: 'single_choice',
    required: false,
    labels: text(key),
    options: options.map((o) => ({ key: o, labels: text(o) })),
    ...extra,
  }) as SurveyQuestion;
const definition = (questions: SurveyQuestion[]): SurveyDefinition => ({
  title: text('T'),
  languages: [],
  questions,
});
const codes = (d: SurveyDefinition) => checkDefinition(d).map((i) => `${i.path}:${i.code}`);

describe('checkDefinition', () => {
  it('accepts a sound definition with a condition on an earlier question', () => {
    const d = definition([
      choice('diploma', ['none', 'higher']),
      choice('recognised', ['yes', 'no'], {
        condition: { question: 'diploma', anyOf: ['higher'] },
      }),
      { key: 'score', type: 'rating', required: true, labels: text('s') },
    ]);
    expect(codes(d)).toEqual([]);
  });

  it('refuses an empty questionnaire, bad and duplicate keys', () => {
    expect(codes(definition([]))).toEqual(['questions:survey_no_questions']);
    expect(codes(definition([choice('Bad Key', ['a', 'b']), choice('x', ['a', 'a'])]))).toEqual([
      'questions.0.key:invalid_survey_key',
      'questions.1.options.1.key:duplicate_key',
    ]);
    expect(codes(definition([choice('x', ['a', 'b']), choice('x', ['a', 'b'])]))).toEqual([
      'questions.1.key:duplicate_key',
    ]);
  });

  it('puts options and ranges only where they belong', () => {
    const d = definition([
      choice('one', ['only']),
      {
        key: 'r',
        type: 'rating',
        required: false,
        labels: text('r'),
        options: [{ key: 'a', labels: text('a') }],
      },
      { key: 'n', type: 'number', required: false, labels: text('n'), min: 10, max: 1 },
      { key: 't', type: 'free_text', required: false, labels: text('t'), min: 1 },
    ]);
    expect(codes(d)).toEqual([
      'questions.0.options:too_few_options',
      'questions.1.options:options_not_allowed',
      'questions.2.max:range_inverted',
      'questions.3.min:range_not_allowed',
    ]);
  });

  it('refuses conditions on later, unknown or free-text questions and unknown options', () => {
    const d = definition([
      choice('a', ['x', 'y'], { condition: { question: 'b', anyOf: ['x'] } }),
      choice('b', ['x', 'y']),
      { key: 't', type: 'free_text', required: false, labels: text('t') },
      choice('c', ['x', 'y'], { condition: { question: 't', anyOf: ['x'] } }),
      choice('d', ['x', 'y'], { condition: { question: 'b', anyOf: ['z'] } }),
      choice('e', ['x', 'y'], { condition: { question: 'b', anyOf: [] } }),
    ]);
    expect(codes(d)).toEqual([
      'questions.0.condition.question:condition_unknown_question',
      'questions.3.condition.question:condition_not_choice',
      'questions.4.condition.anyOf.0:unknown_option',
      'questions.5.condition.anyOf:condition_no_options',
    ]);
  });
});

describe('isVisible', () => {
  const q = choice('r', ['yes', 'no'], { condition: { question: 'd', anyOf: ['a', 'b'] } });
  it('shows a question only after one of the given answers', () => {
    expect(isVisible(q, () => ['b'])).toBe(true);
    expect(isVisible(q, () => ['c'])).toBe(false);
    expect(isVisible(q, () => [])).toBe(false);
    expect(isVisible(choice('free', ['a', 'b']), () => [])).toBe(true);
  });
});
