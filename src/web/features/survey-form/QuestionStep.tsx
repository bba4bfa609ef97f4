import { useEffect, useId, useRef, type FormEvent } from 'react';
import { textIn, type FormLanguage, type SurveyQuestion } from '../../../core/surveys/model.ts';
import type { Draft, FormIssue } from './answers.ts';
import { issueMessage, problemMessage } from './messages.ts';
import { useDocumentTitle, useHeadingFocus } from './page.ts';
import { QuestionInput } from './QuestionInput.tsx';
import { STRINGS, type FormStrings } from './strings.ts';
import type { SendProblem } from './useSend.ts';

const RETRYABLE: readonly SendProblem[] = ['network', 'rate_limited', 'server'];

function hintOf(s: FormStrings, question: SurveyQuestion, help: string): string {
  switch (question.type) {
    case 'single_choice':
      return s.chooseOne;
    case 'multiple_choice':
      return s.chooseAny;
    case 'rating':
      return help ? '' : s.ratingScale;
    case 'number':
      return s.numberHint(question.min, question.max);
    default:
      return '';
  }
}

/**
 * One question on its own step: progress, the question as the step's heading (inside the
 * group's legend), hints and the error linked to the answer, then Back, Skip and Next
 * (Send on the last one). Enter in the form means Next.
 */
export function QuestionStep(props: {
  question: SurveyQuestion;
  draft: Draft | undefined;
  issue: FormIssue | undefined;
  errorTick: number;
  title: string;
  position: number;
  total: number;
  isLast: boolean;
  lang: FormLanguage;
  sending: boolean;
  problem: SendProblem | null;
  onChange(draft: Draft | undefined): void;
  onNext(): void;
  onSkip(): void;
  onBack(): void;
  onRetry(): void;
}) {
  const { question, issue, lang, sending, isLast } = props;
  const s = STRINGS[lang];
  const id = useId();
  const heading = useHeadingFocus();
  const group = useRef<HTMLFieldSetElement>(null);
  const progress = s.progress(props.position, props.total);
  useDocumentTitle(`${progress} – ${props.title}`);

  // After a refused Next (or a refusal from the server), the answer takes the focus.
  const { errorTick } = props;
  const hasIssue = Boolean(issue);
  useEffect(() => {
    if (errorTick > 0 && hasIssue)
      group.current?.querySelector<HTMLElement>('input:checked, input, textarea')?.focus();
  }, [errorTick, hasIssue]);

  const help = textIn(question.help, lang);
  const hint = hintOf(s, question, help);
  const ids = {
    heading: `${id}-heading`,
    required: question.required ? `${id}-required` : '',
    help: help ? `${id}-help` : '',
    hint: hint ? `${id}-hint` : '',
    error: issue ? `${id}-error` : '',
  };
  const describedBy = [ids.required, ids.help, ids.hint, ids.error].filter(Boolean).join(' ');
  const isChoice = question.type !== 'number' && question.type !== 'free_text';

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!sending) props.onNext();
  };

  return (
    <form className="sf-step" noValidate onSubmit={onSubmit}>
      <div className="sf-progress">
        <p className="sf-progress__text">{progress}</p>
        <div className="sf-progress__bar" aria-hidden="true">
          <div
            className="sf-progress__fill"
            style={{ inlineSize: `${(props.position / props.total) * 100}%` }}
          />
        </div>
      </div>
      <fieldset
        ref={group}
        className="sf-question"
        aria-describedby={isChoice && describedBy ? describedBy : undefined}
      >
        <legend className="sf-question__legend">
          <h1 ref={heading} id={ids.heading} tabIndex={-1} className="sf-title">
            {textIn(question.labels, lang)}
          </h1>
        </legend>
        {ids.required && (
          <p id={ids.required} className="sf-required">
            {s.required}
          </p>
        )}
        {ids.help && (
          <p id={ids.help} className="sf-hint">
            {help}
          </p>
        )}
        {ids.hint && (
          <p id={ids.hint} className="sf-hint">
            {hint}
          </p>
        )}
        {issue && (
          <p id={ids.error} className="sf-error" role="alert">
            {issueMessage(s, issue, question)}
          </p>
        )}
        <QuestionInput
          question={question}
          draft={props.draft}
          lang={lang}
          labelledBy={ids.heading}
          describedBy={isChoice ? '' : describedBy}
          invalid={Boolean(issue)}
          onChange={props.onChange}
        />
      </fieldset>
      {!question.required && (
        <div className="sf-skip">
          <button
            type="button"
            className="button button--ghost sf-button"
            aria-disabled={sending || undefined}
            onClick={() => !sending && props.onSkip()}
          >
            {isLast ? s.skipAndSend : s.skip}
          </button>
        </div>
      )}
      {props.problem && (
        <div className="sf-alert" role="alert">
          <p>{problemMessage(s, props.problem)}</p>
          {RETRYABLE.includes(props.problem) && (
            <button
              type="button"
              className="button button--primary sf-button"
              onClick={props.onRetry}
            >
              {s.retry}
            </button>
          )}
        </div>
      )}
      <p className="visually-hidden" role="status">
        {sending ? s.sending : ''}
      </p>
      <div className="sf-nav">
        <button type="button" className="button button--secondary sf-button" onClick={props.onBack}>
          {s.back}
        </button>
        <button
          type="submit"
          className="button button--primary sf-button sf-nav__primary"
          aria-disabled={sending || undefined}
        >
          {sending ? s.sending : isLast ? s.send : s.next}
        </button>
      </div>
    </form>
  );
}
