import { useEffect, useState } from 'react';
import type { ExtraFormLanguage, FormLanguage } from '../../../core/surveys/model.ts';
import { ApiError, isApiError } from '../../lib/api.ts';
import type { MessageKey } from '../../lib/i18n.tsx';
import { checkDraft, domId, placeIssues, ref, type BuilderIssue } from './builder-issues.ts';
import {
  hasOwnOptions,
  moved,
  newOption,
  newQuestion,
  type Draft,
  type DraftOption,
  type DraftQuestion,
} from './builder-model.ts';

export type TextGroupName = 'title' | 'intro' | 'thanks';
type QuestionText = 'labels' | 'help';

/** The id of the element that should get the focus after the next render. */
interface FocusRequest {
  id: string;
  fallback?: string;
  /** Select the text (a new question's or option's suggested key, to type over). */
  select?: boolean;
}

/**
 * State of the questionnaire builder: the draft, its field issues (the page's own checks
 * and the server's), the pending flag, a polite announcement after adding, moving or
 * removing, and where the focus goes next.
 */
export function useBuilder(initial: Draft, options: { withSlug: boolean }) {
  const [draft, setDraft] = useState(initial);
  const [issues, setIssues] = useState<BuilderIssue[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [pending, setPending] = useState(false);
  const [announcement, setAnnouncement] = useState<{ key: MessageKey; n: number } | null>(null);
  const [focus, setFocus] = useState<FocusRequest | null>(null);

  useEffect(() => {
    if (!focus) return;
    const target = document.getElementById(focus.id);
    const usable = target && !(target as HTMLButtonElement).disabled;
    const element = usable
      ? target
      : focus.fallback
        ? document.getElementById(focus.fallback)
        : null;
    element?.focus();
    if (focus.select && element instanceof HTMLInputElement) element.select();
  }, [focus]);

  const clear = (...refs: string[]) =>
    setIssues((current) => current.filter((issue) => !refs.includes(issue.ref)));
  const announce = (key: MessageKey, n: number) => setAnnouncement({ key, n });

  const update = (uid: string, change: (q: DraftQuestion) => DraftQuestion) =>
    setDraft((d) => ({ ...d, questions: d.questions.map((q) => (q.uid === uid ? change(q) : q)) }));
  const updateOption = (uid: string, ouid: string, change: (o: DraftOption) => DraftOption) =>
    update(uid, (q) => ({ ...q, options: q.options.map((o) => (o.uid === ouid ? change(o) : o)) }));

  const questionIndex = (uid: string) => draft.questions.findIndex((q) => q.uid === uid);

  return {
    draft,
    issues,
    error,
    pending,
    announcement,
    /** The translated issue of one field is looked up by its reference. */
    issueOf: (reference: string) => issues.find((issue) => issue.ref === reference),
    setSlug(slug: string) {
      setDraft((d) => ({ ...d, slug }));
      clear('slug');
    },
    setLanguage(lang: ExtraFormLanguage, on: boolean) {
      setDraft((d) => ({
        ...d,
        languages: on ? [...d.languages, lang] : d.languages.filter((l) => l !== lang),
      }));
    },
    setText(group: TextGroupName, lang: FormLanguage, value: string) {
      setDraft((d) => ({ ...d, [group]: { ...d[group], [lang]: value } }));
      clear(`${group}.${lang}`);
    },
    setQuestion(uid: string, change: Partial<DraftQuestion>, ...fields: string[]) {
      update(uid, (q) => {
        const next = { ...q, ...change };
        if (hasOwnOptions(next.type))
          while (next.options.length < 2)
            next.options = [...next.options, newOption(next.options.map((o) => o.key))];
        return next;
      });
      clear(...fields.map((field) => ref.question(uid, field)));
    },
    setQuestionText(uid: string, group: QuestionText, lang: FormLanguage, value: string) {
      update(uid, (q) => ({ ...q, [group]: { ...q[group], [lang]: value } }));
      clear(ref.question(uid, `${group}.${lang}`));
    },
    setOptionKey(uid: string, ouid: string, key: string) {
      updateOption(uid, ouid, (o) => ({ ...o, key }));
      clear(ref.option(uid, ouid, 'key'), ref.question(uid, 'options'));
    },
    setOptionLabel(uid: string, ouid: string, lang: FormLanguage, value: string) {
      updateOption(uid, ouid, (o) => ({ ...o, labels: { ...o.labels, [lang]: value } }));
      clear(ref.option(uid, ouid, `labels.${lang}`));
    },
    addQuestion() {
      const question = newQuestion(draft.questions.map((q) => q.key));
      setDraft((d) => ({ ...d, questions: [...d.questions, question] }));
      clear('questions');
      announce('surveyBuilder.question.added', draft.questions.length + 1);
      setFocus({ id: domId(ref.question(question.uid, 'key')), select: true });
    },
    removeQuestion(uid: string) {
      const index = questionIndex(uid);
      const rest = draft.questions.filter((q) => q.uid !== uid);
      setDraft((d) => ({ ...d, questions: d.questions.filter((q) => q.uid !== uid) }));
      announce('surveyBuilder.question.removed', index + 1);
      const next = rest[Math.min(index, rest.length - 1)];
      setFocus({ id: next ? domId(ref.question(next.uid, 'card')) : 'sb-add-question' });
    },
    moveQuestion(uid: string, by: -1 | 1) {
      const index = questionIndex(uid);
      setDraft((d) => ({ ...d, questions: moved(d.questions, index, by) }));
      announce('surveyBuilder.question.moved', index + by + 1);
      const [same, other] = by < 0 ? ['up', 'down'] : ['down', 'up'];
      setFocus({ id: domId(ref.question(uid, same!)), fallback: domId(ref.question(uid, other!)) });
    },
    addOption(uid: string) {
      const question = draft.questions[questionIndex(uid)];
      if (!question) return;
      const option = newOption(question.options.map((o) => o.key));
      update(uid, (q) => ({ ...q, options: [...q.options, option] }));
      clear(ref.question(uid, 'options'));
      announce('surveyBuilder.option.added', question.options.length + 1);
      setFocus({ id: domId(ref.option(uid, option.uid, 'key')), select: true });
    },
    removeOption(uid: string, ouid: string) {
      const options = draft.questions[questionIndex(uid)]?.options ?? [];
      const index = options.findIndex((o) => o.uid === ouid);
      const rest = options.filter((o) => o.uid !== ouid);
      update(uid, (q) => ({ ...q, options: q.options.filter((o) => o.uid !== ouid) }));
      announce('surveyBuilder.option.removed', index + 1);
      const next = rest[Math.min(index, rest.length - 1)];
      setFocus({
        id: next ? domId(ref.option(uid, next.uid, 'key')) : domId(ref.question(uid, 'addOption')),
      });
    },
    moveOption(uid: string, ouid: string, by: -1 | 1) {
      const options = draft.questions[questionIndex(uid)]?.options ?? [];
      const index = options.findIndex((o) => o.uid === ouid);
      update(uid, (q) => ({ ...q, options: moved(q.options, index, by) }));
      announce('surveyBuilder.option.moved', index + by + 1);
      const [same, other] = by < 0 ? ['up', 'down'] : ['down', 'up'];
      setFocus({
        id: domId(ref.option(uid, ouid, same!)),
        fallback: domId(ref.option(uid, ouid, other!)),
      });
    },
    /** Moves the focus to a field named in the summary. */
    focusField(reference: string) {
      setFocus({ id: domId(reference) });
    },
    /** Checks, then saves with `handler`; a refusal's issues are placed on the fields. */
    async save(handler: (draft: Draft) => Promise<void>) {
      if (pending) return;
      const fail = (failure: ApiError, placed: BuilderIssue[]) => {
        setIssues(placed);
        setError(failure);
        setFocus({ id: 'sb-summary' });
      };
      const own = checkDraft(draft, options.withSlug);
      if (own.length) return fail(new ApiError(0, 'VALIDATION_FAILED'), own);
      setPending(true);
      setIssues([]);
      setError(null);
      try {
        await handler(draft);
      } catch (caught) {
        const failure = isApiError(caught) ? caught : new ApiError(0, 'CLIENT_ERROR');
        const placed = placeIssues(draft, failure.issues);
        if (failure.code === 'SLUG_TAKEN') placed.push({ ref: 'slug', code: 'taken' });
        fail(failure, placed);
      } finally {
        setPending(false);
      }
    },
  };
}

export type Builder = ReturnType<typeof useBuilder>;
