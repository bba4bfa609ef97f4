import { describe, expect, it } from 'vitest';
import { VISITOR_PROFILE } from '../../../core/surveys/visitor-profile.ts';
import type { SurveyDefinition } from '../../../core/surveys/model.ts';
import {
  answersToSend,
  checkDraft,
  issuesByQuestion,
  parseNumber,
  visibleQuestions,
} from './answers.ts';
import { newIdempotencyKey } from './api.ts';
import { STRINGS } from './strings.ts';

const text = (s: string) => ({ nl: s, fr: s, en: s });
const definition: SurveyDefinition = {
  title: text('T'),
  languages: [],
  questions: [
    {
      key: 'a',
      type: 'single_choice',
      required: true,
      labels: text('A'),
      options: [
        { key: 'x', labels: text('x') },
        { key: 'y', labels: text('y') },
      ],
    },
    {
      key: 'b',
      type: 'yes_no',
      required: false,
      labels: text('B'),
      condition: { question: 'a', anyOf: ['y'] },
    },
    {
      key: 'c',
      type: 'multiple_choice',
      required: false,
      labels: text('C'),
      options: [
        { key: 'p', labels: text('p') },
        { key: 'q', labels: text('q') },
      ],
      condition: { question: 'b', anyOf: ['yes'] },
    },
    { key: 'n', type: 'number', required: false, min: 1, max: 20, labels: text('N') },
    { key: 't', type: 'free_text', required: false, labels: text('T') },
  ],
};
const keys = (drafts: Record<string, string | string[] | number>) =>
  visibleQuestions(definition, drafts).map((q) => q.key);

describe('the public form’s answers', () => {
  it('shows a conditional question only after the right answer, also down a chain', () => {
    expect(keys({})).toEqual(['a', 'n', 't']);
    expect(keys({ a: 'y' })).toEqual(['a', 'b', 'n', 't']);
    expect(keys({ a: 'y', b: 'yes' })).toEqual(['a', 'b', 'c', 'n', 't']);
    // An answer to a hidden question shows nothing further.
    expect(keys({ a: 'x', b: 'yes' })).toEqual(['a', 'n', 't']);
    expect(visibleQuestions(VISITOR_PROFILE, {}).map((q) => q.key)).not.toContain(
      'diploma_recognised',
    );
  });

  it('sends shown, non-empty answers only, numbers as numbers and texts trimmed', () => {
    expect(
      answersToSend(definition, { a: 'x', b: 'yes', c: ['p'], n: ' 12,5 ', t: '  fine  ' }),
    ).toEqual({ a: 'x', n: 12.5, t: 'fine' });
    expect(answersToSend(definition, { a: 'y', b: 'yes', c: [], t: '   ' })).toEqual({
      a: 'y',
      b: 'yes',
    });
  });

  it('checks what it can before sending', () => {
    const [a, , , n, t] = definition.questions;
    expect(checkDraft(a!, undefined)).toEqual({ code: 'required' });
    expect(checkDraft(n!, undefined)).toBeNull();
    expect(checkDraft(n!, 'many')).toEqual({ code: 'invalid_number' });
    expect(checkDraft(n!, '25')).toEqual({
      code: 'out_of_range',
      params: { minimum: 1, maximum: 20 },
    });
    expect(checkDraft(n!, '20')).toBeNull();
    expect(checkDraft(t!, 'x'.repeat(501))).toEqual({
      code: 'too_long',
      params: { maximum: 500 },
    });
    expect(parseNumber('1e3')).toBeNull();
  });

  it('maps server issues to questions', () => {
    expect(
      issuesByQuestion([
        { path: 'answers.n', code: 'out_of_range', params: { minimum: 1, maximum: 20 } },
        { path: 'answers.n', code: 'second' },
        { path: 'formToken', code: 'form_expired' },
      ]),
    ).toEqual({
      byQuestion: { n: { code: 'out_of_range', params: { minimum: 1, maximum: 20 } } },
      other: [{ code: 'form_expired', params: undefined }],
    });
  });

  it('makes version 4 idempotency keys, a new one each time', () => {
    const one = newIdempotencyKey();
    expect(one).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newIdempotencyKey()).not.toBe(one);
  });

  it('counts down in each language’s plural forms', () => {
    expect(STRINGS.uk.countdown(1)).toBe('Нова анкета почнеться через 1 секунду.');
    expect(STRINGS.uk.countdown(3)).toBe('Нова анкета почнеться через 3 секунди.');
    expect(STRINGS.uk.countdown(10)).toBe('Нова анкета почнеться через 10 секунд.');
    expect(STRINGS.ar.countdown(2)).toBe('سيبدأ نموذج جديد بعد ثانيتين.');
    expect(STRINGS.ar.countdown(5)).toBe('سيبدأ نموذج جديد بعد 5 ثوانٍ.');
    expect(STRINGS.en.countdown(1)).toBe('A new form starts in 1 second.');
  });
});
