import { describe, expect, it } from 'vitest';
import { checkAnswers } from './answers.ts';
import type { SurveyDefinition } from './model.ts';

const text = (s: string) => ({ nl: s, fr: s, en: s });
const options = (...keys: string[]) => keys.map((key) => ({ key, labels: text(key) }));
const survey: SurveyDefinition = {
  title: text('T'),
  languages: [],
  questions: [
    {
      key: 'gender',
      type: 'single_choice',
      required: true,
      labels: text('g'),
      options: options('female', 'male'),
    },
    {
      key: 'themes',
      type: 'multiple_choice',
      required: false,
      labels: text('t'),
      options: options('learn', 'work'),
    },
    { key: 'abroad', type: 'yes_no', required: false, labels: text('a') },
    {
      key: 'where',
      type: 'single_choice',
      required: true,
      labels: text('w'),
      options: options('eu', 'other'),
      condition: { question: 'abroad', anyOf: ['yes'] },
    },
    { key: 'score', type: 'rating', required: false, labels: text('s') },
    { key: 'age', type: 'number', required: false, labels: text('n'), min: 15, max: 99 },
    { key: 'comment', type: 'free_text', required: false, labels: text('c') },
  ],
};
const refuse = { hidden: 'refuse' } as const;
const issues = (input: Record<string, unknown>, hidden: 'refuse' | 'drop' = 'refuse') =>
  checkAnswers(survey, input, { hidden }).issues.map((i) => `${i.path}:${i.code}`);

describe('checkAnswers', () => {
  it('turns answers into one row per option, number or text', () => {
    const { answers, issues } = checkAnswers(
      survey,
      {
        gender: 'female',
        themes: ['learn', 'work', 'learn'],
        abroad: true,
        where: 'eu',
        score: '4',
        age: '23,5',
        comment: '  fine ',
      },
      refuse,
    );
    expect(issues).toEqual([]);
    expect(answers).toEqual([
      { question: 'gender', option: 'female', number: null, text: null },
      { question: 'themes', option: 'learn', number: null, text: null },
      { question: 'themes', option: 'work', number: null, text: null },
      { question: 'abroad', option: 'yes', number: null, text: null },
      { question: 'where', option: 'eu', number: null, text: null },
      { question: 'score', option: '4', number: 4, text: null },
      { question: 'age', option: null, number: 23.5, text: null },
      { question: 'comment', option: null, number: null, text: 'fine' },
    ]);
  });

  it('accepts a multiple choice from a CSV cell split on |', () => {
    const { answers } = checkAnswers(survey, { gender: 'male', themes: 'learn|work' }, refuse);
    expect(answers.filter((a) => a.question === 'themes').map((a) => a.option)).toEqual([
      'learn',
      'work',
    ]);
  });

  it('requires a visible required question, and only when its condition holds', () => {
    expect(issues({})).toEqual(['answers.gender:required']);
    expect(issues({ gender: 'male', abroad: 'yes' })).toEqual(['answers.where:required']);
    expect(issues({ gender: 'male', abroad: 'no' })).toEqual([]);
  });

  it('refuses an answer to a hidden question on the form and drops it on import', () => {
    expect(issues({ gender: 'male', abroad: 'no', where: 'eu' })).toEqual([
      'answers.where:question_not_shown',
    ]);
    const dropped = checkAnswers(
      survey,
      { gender: 'male', abroad: 'no', where: 'eu' },
      { hidden: 'drop' },
    );
    expect(dropped.issues).toEqual([]);
    expect(dropped.answers.map((a) => a.question)).toEqual(['gender', 'abroad']);
  });

  it('names every bad value and stores nothing when one is wrong', () => {
    const result = checkAnswers(
      survey,
      {
        gender: 'robot',
        themes: ['learn', 'sleep'],
        score: 6,
        age: 12,
        comment: 'x'.repeat(501),
        extra: 1,
      },
      refuse,
    );
    expect(result.answers).toEqual([]);
    expect(result.issues.map((i) => `${i.path}:${i.code}`)).toEqual([
      'answers.extra:unknown_question',
      'answers.gender:unknown_option',
      'answers.themes:unknown_option',
      'answers.score:out_of_range',
      'answers.age:out_of_range',
      'answers.comment:too_long',
    ]);
    expect(result.issues[1]!.params).toEqual({ value: 'robot' });
  });

  it('refuses a surrogate without its pair', () => {
    expect(issues({ gender: 'male', comment: 'hi \ud800' })).toEqual([
      'answers.comment:invalid_characters',
    ]);
  });

  it('refuses non-numbers, wrong types and control characters', () => {
    expect(
      issues({ gender: 'male', age: 'twelve', score: 2.5, comment: 'a\u0000b', abroad: 3 }),
    ).toEqual([
      'answers.abroad:invalid_type',
      'answers.score:out_of_range',
      'answers.age:invalid_number',
      'answers.comment:invalid_characters',
    ]);
  });
});
