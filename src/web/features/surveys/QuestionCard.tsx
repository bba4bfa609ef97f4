import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Checkbox } from '../../components/Checkbox.tsx';
import { Select } from '../../components/Select.tsx';
import { TextField } from '../../components/TextField.tsx';
import { QUESTION_TYPES, type QuestionType } from '../../../core/surveys/model.ts';
import { useT } from '../../lib/i18n.tsx';
import { domId, ref } from './builder-issues.ts';
import { ConditionEditor } from './ConditionEditor.tsx';
import { useIssueText } from './issue-text.ts';
import { OptionsEditor } from './OptionsEditor.tsx';
import { TextGroup } from './TextGroup.tsx';
import type { Builder } from './use-builder.ts';

/** One question of the builder: key, type, texts, options or range, condition; move or remove it. */
export function QuestionCard({ builder, index }: { builder: Builder; index: number }) {
  const t = useT();
  const issueText = useIssueText();
  const { draft } = builder;
  const question = draft.questions[index]!;
  const { uid } = question;
  const at = (field: string) => ref.question(uid, field);
  const n = index + 1;
  const which = (
    <span className="visually-hidden"> {t('surveyBuilder.question.legend', { n })}</span>
  );

  return (
    <fieldset className="card survey-question" id={domId(at('card'))} tabIndex={-1}>
      <legend className="survey-question__legend">
        {t('surveyBuilder.question.legend', { n })}
      </legend>
      <div className="survey-question__tools">
        <Button
          size="small"
          id={domId(at('up'))}
          disabled={index === 0}
          onClick={() => builder.moveQuestion(uid, -1)}
        >
          {t('surveyBuilder.moveUp')}
          {which}
        </Button>
        <Button
          size="small"
          id={domId(at('down'))}
          disabled={index === draft.questions.length - 1}
          onClick={() => builder.moveQuestion(uid, 1)}
        >
          {t('surveyBuilder.moveDown')}
          {which}
        </Button>
        <Button size="small" variant="danger" onClick={() => builder.removeQuestion(uid)}>
          {t('surveyBuilder.remove')}
          {which}
        </Button>
      </div>
      <div className="form-grid">
        <TextField
          id={domId(at('key'))}
          label={t('surveyBuilder.question.key')}
          hint={t('surveyBuilder.key.hint')}
          value={question.key}
          onChange={(key) => builder.setQuestion(uid, { key }, 'key')}
          error={issueText(builder.issueOf(at('key')))}
          required
          autoComplete="off"
          spellCheck={false}
        />
        <Select
          id={domId(at('type'))}
          label={t('surveyBuilder.question.type')}
          value={question.type}
          options={QUESTION_TYPES.map((type) => ({ value: type, label: t(`survey.type.${type}`) }))}
          onChange={(type) =>
            builder.setQuestion(uid, { type: type as QuestionType }, 'type', 'options', 'min')
          }
          error={issueText(builder.issueOf(at('type')))}
        />
      </div>
      <Checkbox
        id={domId(at('required'))}
        label={t('surveyBuilder.question.required')}
        checked={question.required}
        onChange={(required) => builder.setQuestion(uid, { required }, 'required')}
      />
      <TextGroup
        builder={builder}
        legend={t('surveyBuilder.question.text')}
        at={at('labels')}
        text={question.labels}
        languages={draft.languages}
        required
        onChange={(lang, value) => builder.setQuestionText(uid, 'labels', lang, value)}
      />
      <TextGroup
        builder={builder}
        legend={t('surveyBuilder.question.help')}
        hint={t('surveyBuilder.question.help.hint')}
        at={at('help')}
        text={question.help}
        languages={draft.languages}
        onChange={(lang, value) => builder.setQuestionText(uid, 'help', lang, value)}
      />
      {question.type === 'free_text' ? (
        <Alert tone="info" title={t('surveyBuilder.freeText.note')} />
      ) : null}
      {question.type === 'rating' ? (
        <p className="muted">{t('surveyBuilder.rating.note')}</p>
      ) : null}
      {question.type === 'yes_no' ? <p className="muted">{t('surveyBuilder.yesNo.note')}</p> : null}
      {question.type === 'single_choice' || question.type === 'multiple_choice' ? (
        <OptionsEditor builder={builder} index={index} />
      ) : null}
      {question.type === 'number' ? (
        <div className="form-grid">
          {(['min', 'max'] as const).map((bound) => (
            <TextField
              key={bound}
              id={domId(at(bound))}
              label={t(`surveyBuilder.number.${bound}`)}
              type="number"
              inputMode="decimal"
              value={question[bound]}
              onChange={(value) => builder.setQuestion(uid, { [bound]: value }, bound)}
              error={issueText(builder.issueOf(at(bound)))}
            />
          ))}
        </div>
      ) : null}
      <ConditionEditor builder={builder} index={index} />
    </fieldset>
  );
}
