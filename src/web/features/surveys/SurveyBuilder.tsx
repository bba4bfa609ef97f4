import { useEffect, type ReactNode } from 'react';
import { Button } from '../../components/Button.tsx';
import { Checkbox } from '../../components/Checkbox.tsx';
import { SubmitCancel } from '../../components/Form.tsx';
import { TextField } from '../../components/TextField.tsx';
import { EXTRA_FORM_LANGUAGES } from '../../../core/surveys/model.ts';
import { useT } from '../../lib/i18n.tsx';
import { useSlugFollowsName } from '../../lib/slug-follows-name.ts';
import { domId } from './builder-issues.ts';
import type { Draft } from './builder-model.ts';
import { IssueSummary } from './IssueSummary.tsx';
import { useIssueText } from './issue-text.ts';
import { QuestionCard } from './QuestionCard.tsx';
import { TextGroup } from './TextGroup.tsx';
import { useBuilder } from './use-builder.ts';

interface SurveyBuilderProps {
  initial: Draft;
  /** A new questionnaire: its short name follows the English title until edited. */
  isNew: boolean;
  submitLabel: string;
  /** Notices above the form (a new version will be made, the built-in's keys, …). */
  notices?: ReactNode;
  onSave(draft: Draft): Promise<void>;
  onCancel(): void;
}

/**
 * The questionnaire builder: short name, extra languages, the texts in every language and
 * the questions. The page checks what it can; the server's issues land on their fields and
 * in the summary on top, which takes the focus.
 */
export function SurveyBuilder(props: SurveyBuilderProps) {
  const { initial, isNew, submitLabel, notices, onSave, onCancel } = props;
  const t = useT();
  const issueText = useIssueText();
  const builder = useBuilder(initial, { withSlug: true });
  const { draft } = builder;
  const slug = useSlugFollowsName(!isNew, builder.setSlug);
  const questionsError = issueText(builder.issueOf('questions'));

  useEffect(() => {
    if (isNew) document.getElementById(domId('slug'))?.focus();
  }, [isNew]);

  return (
    <form
      noValidate
      className="form survey-builder"
      onSubmit={(event) => {
        event.preventDefault();
        void builder.save(onSave);
      }}
    >
      <IssueSummary builder={builder} />
      {notices}
      <p className="visually-hidden" role="status">
        {builder.announcement ? t(builder.announcement.key, { n: builder.announcement.n }) : ''}
      </p>
      <section className="card" aria-labelledby="sb-general">
        <h2 id="sb-general">{t('surveyBuilder.general')}</h2>
        <TextField
          id={domId('slug')}
          label={t('surveyBuilder.slug')}
          hint={t('surveyBuilder.slug.hint')}
          value={draft.slug}
          onChange={(value) => {
            slug.slugEdited();
            builder.setSlug(value);
          }}
          error={issueText(builder.issueOf('slug'))}
          required
          autoComplete="off"
          spellCheck={false}
        />
        <fieldset className="fieldset" id={domId('languages')} aria-describedby="sb-languages-hint">
          <legend className="field__label">{t('surveyBuilder.languages.legend')}</legend>
          <p className="field__hint" id="sb-languages-hint">
            {t('surveyBuilder.languages.hint')}
          </p>
          <div className="checkbox-grid">
            {EXTRA_FORM_LANGUAGES.map((lang) => (
              <Checkbox
                key={lang}
                id={`${domId('languages')}-${lang}`}
                label={t(`surveyBuilder.lang.${lang}`)}
                checked={draft.languages.includes(lang)}
                onChange={(on) => builder.setLanguage(lang, on)}
              />
            ))}
          </div>
        </fieldset>
        <TextGroup
          builder={builder}
          legend={t('surveyBuilder.text.title')}
          at="title"
          text={draft.title}
          languages={draft.languages}
          required
          onChange={(lang, value) => {
            builder.setText('title', lang, value);
            if (lang === 'en') slug.nameChanged(value);
          }}
        />
        {(['intro', 'thanks'] as const).map((group) => (
          <TextGroup
            key={group}
            builder={builder}
            legend={t(`surveyBuilder.text.${group}`)}
            hint={t(`surveyBuilder.text.${group}.hint`)}
            at={group}
            text={draft[group]}
            languages={draft.languages}
            multiline
            onChange={(lang, value) => builder.setText(group, lang, value)}
          />
        ))}
      </section>
      <section className="survey-builder__questions" aria-labelledby="sb-questions">
        <h2 id="sb-questions" tabIndex={-1}>
          {t('surveyBuilder.questions.title')}
        </h2>
        {questionsError ? <p className="field__error">{questionsError}</p> : null}
        {draft.questions.map((question, index) => (
          <QuestionCard key={question.uid} builder={builder} index={index} />
        ))}
        <p>
          <Button id="sb-add-question" onClick={builder.addQuestion}>
            {t('surveyBuilder.question.add')}
          </Button>
        </p>
      </section>
      <SubmitCancel label={submitLabel} pending={builder.pending} onCancel={onCancel} />
    </form>
  );
}
