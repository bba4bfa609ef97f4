import { useRef, useState } from 'react';
import { textIn, type FormLanguage, type SurveyDefinition } from '../../../core/surveys/model.ts';
import type { PublicSurvey } from '../../../shared/schemas/surveys.ts';
import {
  answersToSend,
  checkDraft,
  visibleQuestions,
  type Draft,
  type Drafts,
  type FormIssue,
} from './answers.ts';
import { Honeypot } from './Honeypot.tsx';
import { IdleGuard } from './IdleGuard.tsx';
import { QuestionStep } from './QuestionStep.tsx';
import { StartStep } from './StartStep.tsx';
import { STRINGS } from './strings.ts';
import { ThanksStep } from './ThanksStep.tsx';
import { useSend, type SendProblem } from './useSend.ts';

type Step = { at: 'start' } | { at: 'question'; key: string } | { at: 'thanks' };

/**
 * The form itself: a start screen, one question per step, the thank-you screen. Steps
 * live in memory only (no history entries, no storage), so nothing of the answers can be
 * reached once the form is sent or the kiosk starts afresh.
 */
export function SurveyForm(props: {
  code: string;
  survey: PublicSurvey;
  loadedAt: number;
  lang: FormLanguage;
  kiosk: boolean;
  onRestart(): void;
  onClosed(): void;
}) {
  const { survey, lang, kiosk } = props;
  const definition = survey.definition as SurveyDefinition;
  const s = STRINGS[lang];
  const [step, setStep] = useState<Step>({ at: 'start' });
  const [drafts, setDrafts] = useState<Drafts>({});
  const [issues, setIssues] = useState<Record<string, FormIssue>>({});
  const [problem, setProblem] = useState<SendProblem | null>(null);
  const [errorTick, setErrorTick] = useState(0);
  const honeypot = useRef<HTMLInputElement>(null);
  const { send, sending } = useSend(props.code, survey, props.loadedAt);

  const visible = visibleQuestions(definition, drafts);
  const goTo = (key: string | undefined) =>
    setStep(key ? { at: 'question', key } : { at: 'start' });

  async function submit(final: Drafts) {
    if (sending) return;
    const shown = visibleQuestions(definition, final);
    const failing = shown
      .map((q) => ({ key: q.key, issue: checkDraft(q, final[q.key]) }))
      .find((f) => f.issue);
    if (failing?.issue) {
      setIssues({ [failing.key]: failing.issue });
      goTo(failing.key);
      setErrorTick((n) => n + 1);
      return;
    }
    setProblem(null);
    const website = honeypot.current?.value ?? '';
    const outcome = await send(answersToSend(definition, final), lang, kiosk, website);
    if (outcome.kind === 'sent') {
      setDrafts({});
      setIssues({});
      setStep({ at: 'thanks' });
    } else if (outcome.kind === 'closed') {
      props.onClosed();
    } else if (outcome.kind === 'problem') {
      setProblem(outcome.problem);
    } else if (outcome.kind === 'issues') {
      const first = shown.find((q) => outcome.byQuestion[q.key]);
      if (!first) return setProblem('generic');
      setIssues(outcome.byQuestion);
      goTo(first.key);
      setErrorTick((n) => n + 1);
    }
  }

  /** Moves on from `key` with these answers: to the next shown question, or sends. */
  function advance(key: string, next: Drafts) {
    const shown = visibleQuestions(definition, next);
    const after = shown[shown.findIndex((q) => q.key === key) + 1];
    if (after) goTo(after.key);
    else void submit(next);
  }

  if (step.at === 'thanks')
    return (
      <ThanksStep
        lang={lang}
        title={textIn(definition.title, lang)}
        thanks={textIn(definition.thanks, lang) || s.thanksDefault}
        kiosk={kiosk}
        onRestart={props.onRestart}
      />
    );

  const index = step.at === 'question' ? visible.findIndex((q) => q.key === step.key) : -1;
  const question = visible[index];
  return (
    <>
      {kiosk && question && <IdleGuard lang={lang} onTimeout={props.onRestart} />}
      {question ? (
        <QuestionStep
          key={question.key}
          question={question}
          draft={drafts[question.key]}
          issue={issues[question.key]}
          errorTick={errorTick}
          title={textIn(definition.title, lang)}
          position={index + 1}
          total={visible.length}
          isLast={index === visible.length - 1}
          lang={lang}
          sending={sending}
          problem={problem}
          onChange={(draft: Draft | undefined) => {
            const { [question.key]: _previous, ...rest } = drafts;
            setDrafts(draft === undefined ? rest : { ...rest, [question.key]: draft });
            setIssues(({ [question.key]: _gone, ...others }) => others);
            setProblem(null);
          }}
          onNext={() => {
            const issue = checkDraft(question, drafts[question.key]);
            if (issue) {
              setIssues((all) => ({ ...all, [question.key]: issue }));
              setErrorTick((n) => n + 1);
            } else advance(question.key, drafts);
          }}
          onSkip={() => {
            const { [question.key]: _skipped, ...rest } = drafts;
            setDrafts(rest);
            setIssues(({ [question.key]: _gone, ...others }) => others);
            advance(question.key, rest);
          }}
          onBack={() => {
            setProblem(null);
            goTo(visible[index - 1]?.key);
          }}
          onRetry={() => void submit(drafts)}
        />
      ) : (
        <StartStep lang={lang} definition={definition} onStart={() => goTo(visible[0]?.key)} />
      )}
      <Honeypot ref={honeypot} label={s.honeypotLabel} />
    </>
  );
}
