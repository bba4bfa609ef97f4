import { describe, expect, it } from 'vitest';
import type { SurveyDefinition } from '../../../core/surveys/model.ts';
import { VISITOR_PROFILE } from '../../../core/surveys/visitor-profile.ts';
import { surveyDefinitionSchema } from '../../../shared/schemas/surveys.ts';
import { checkDraft, placeIssues, ref } from './builder-issues.ts';
import { definitionOf, draftOf, moved, newQuestion } from './builder-model.ts';

const text = (en: string) => ({ nl: `${en} (nl)`, fr: `${en} (fr)`, en });

const TWO_QUESTIONS: SurveyDefinition = {
  title: text('Exit survey'),
  languages: [],
  questions: [
    {
      key: 'visit',
      type: 'single_choice',
      required: true,
      labels: text('Why did you come?'),
      options: [
        { key: 'job', labels: text('A job') },
        { key: 'course', labels: text('A course') },
      ],
    },
    {
      key: 'found',
      type: 'yes_no',
      required: false,
      labels: text('Did you find it?'),
      condition: { question: 'visit', anyOf: ['course'] },
    },
  ],
};

describe('questionnaire builder model', () => {
  it('gives back the definition it was given (the visitor profile, six languages)', () => {
    const saved = surveyDefinitionSchema.parse(definitionOf(draftOf(VISITOR_PROFILE)));
    expect(saved).toEqual(surveyDefinitionSchema.parse(VISITOR_PROFILE));
  });

  it('keeps a condition on its question and option when their keys change', () => {
    const draft = draftOf(TWO_QUESTIONS);
    const [visit] = draft.questions;
    visit!.key = 'reason';
    visit!.options[1]!.key = 'training';
    const condition = definitionOf(draft).questions[1]!.condition;
    expect(condition).toEqual({ question: 'reason', anyOf: ['training'] });
  });

  it('drops extra languages that are not offered and sends options only for choice types', () => {
    const draft = draftOf(TWO_QUESTIONS);
    draft.title.ar = 'استبيان';
    draft.questions[0]!.type = 'rating';
    const definition = definitionOf(draft);
    expect(definition.title).toEqual(text('Exit survey'));
    expect(definition.questions[0]!.options).toBeUndefined();
    draft.languages = ['ar'];
    expect(definitionOf(draft).title.ar).toBe('استبيان');
  });

  it('moves an item one place and leaves the list alone at its ends', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('finds empty required texts, a new question without text and a condition without a question', () => {
    const draft = draftOf(TWO_QUESTIONS, 'exit');
    draft.title.fr = ' ';
    draft.questions[1]!.condition = { questionUid: '', anyOf: [] };
    draft.questions.push(newQuestion(['visit', 'found']));
    const added = draft.questions[2]!;
    const refs = checkDraft(draft, true).map((issue) => issue.ref);
    expect(refs).toContain('title.fr');
    expect(refs).toContain(ref.question(draft.questions[1]!.uid, 'condition.question'));
    expect(refs).toContain(ref.question(added.uid, 'labels.nl'));
    expect(refs).toContain(ref.option(added.uid, added.options[0]!.uid, 'labels.en'));
    expect(refs).not.toContain('slug');
  });

  it('places the server’s issue paths on the fields they name, by uid', () => {
    const draft = draftOf(TWO_QUESTIONS);
    const [visit, found] = draft.questions;
    const placed = placeIssues(draft, [
      { path: 'definition.questions.0.options.1.key', code: 'duplicate_key' },
      { path: 'definition.questions.1.condition.anyOf.0', code: 'unknown_option' },
      { path: 'definition.questions.0.labels.fr', code: 'required' },
      { path: 'definition.title', code: 'required' },
      { path: 'definition.questions', code: 'built_in_key' },
      { path: 'slug', code: 'taken' },
      { path: 'definition.questions.9.key', code: 'required' },
    ]);
    expect(placed.map((issue) => issue.ref)).toEqual([
      ref.option(visit!.uid, visit!.options[1]!.uid, 'key'),
      ref.question(found!.uid, 'condition.anyOf'),
      ref.question(visit!.uid, 'labels.fr'),
      'title.nl',
      'questions',
      'slug',
      'questions',
    ]);
  });
});
