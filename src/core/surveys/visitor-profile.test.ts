import { describe, expect, it } from 'vitest';
import { checkDefinition } from './definition.ts';
import { EXTRA_FORM_LANGUAGES, optionKeysOf } from './model.ts';
import { VISITOR_PROFILE } from './visitor-profile.ts';

describe('the built-in visitor profile', () => {
  it('is a valid definition', () => {
    expect(checkDefinition(VISITOR_PROFILE)).toEqual([]);
  });

  it('has the question and option keys funders and imports rely on', () => {
    const keys = (key: string) =>
      optionKeysOf(VISITOR_PROFILE.questions.find((q) => q.key === key)!);
    expect(keys('gender')).toEqual(['female', 'male', 'other', 'no_answer']);
    expect(keys('age_band')).toEqual(['under_18', '18_24', '25_29', '30_44', '45_54', '55_plus']);
    expect(keys('highest_diploma')).toEqual([
      'none_or_primary',
      'lower_secondary',
      'upper_secondary',
      'higher',
    ]);
    expect(keys('diploma_recognised')).toEqual(['yes', 'no', 'in_progress', 'not_applicable']);
    expect(keys('status')).toEqual(['job_seeker', 'employed', 'student', 'other']);
    expect(keys('municipality')).toHaveLength(20);
    expect(keys('municipality')).toContain('21004');
    expect(keys('municipality').at(-1)).toBe('outside_brussels');
    expect(keys('satisfaction')).toEqual(['1', '2', '3', '4', '5']);
    expect(VISITOR_PROFILE.questions.find((q) => q.key === 'how_heard')!.type).toBe(
      'multiple_choice',
    );
    expect(VISITOR_PROFILE.questions.find((q) => q.key === 'themes')!.type).toBe('multiple_choice');
  });

  it('speaks Ukrainian, Arabic and Spanish in every text', () => {
    const texts = [
      VISITOR_PROFILE.title,
      VISITOR_PROFILE.intro!,
      VISITOR_PROFILE.thanks!,
      ...VISITOR_PROFILE.questions.flatMap((q) => [
        q.labels,
        ...(q.options ?? []).map((o) => o.labels),
      ]),
    ];
    for (const text of texts)
      for (const lang of EXTRA_FORM_LANGUAGES)
        expect(text[lang], JSON.stringify(text)).toBeTruthy();
  });
});
