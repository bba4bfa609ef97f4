import { Button } from '../../components/Button.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useT } from '../../lib/i18n.tsx';
import { domId, ref } from './builder-issues.ts';
import { useIssueText } from './issue-text.ts';
import { TextGroup } from './TextGroup.tsx';
import type { Builder } from './use-builder.ts';

/** The options of a single or multiple choice question: key and labels; add, move, remove. */
export function OptionsEditor({ builder, index }: { builder: Builder; index: number }) {
  const t = useT();
  const issueText = useIssueText();
  const question = builder.draft.questions[index]!;
  const { uid, options } = question;
  const groupId = domId(ref.question(uid, 'options'));
  const groupError = issueText(builder.issueOf(ref.question(uid, 'options')));
  const q = index + 1;

  return (
    <fieldset
      className="fieldset survey-options"
      id={groupId}
      tabIndex={-1}
      aria-describedby={`${groupId}-hint${groupError ? ` ${groupId}-error` : ''}`}
    >
      <legend className="field__label">{t('surveyBuilder.options.legend')}</legend>
      <p className="field__hint" id={`${groupId}-hint`}>
        {t('surveyBuilder.options.hint')}
      </p>
      {groupError ? (
        <p className="field__error" id={`${groupId}-error`}>
          {groupError}
        </p>
      ) : null}
      <ol className="plain-list survey-options__list">
        {options.map((option, position) => {
          const at = (field: string) => ref.option(uid, option.uid, field);
          const n = position + 1;
          const which = (
            <span className="visually-hidden"> {t('surveyBuilder.option.which', { n, q })}</span>
          );
          return (
            <li key={option.uid}>
              <fieldset className="survey-option">
                <legend className="survey-option__legend">
                  {t('surveyBuilder.option.legend', { n })}
                </legend>
                <div className="survey-option__row">
                  <TextField
                    id={domId(at('key'))}
                    label={t('surveyBuilder.option.key')}
                    value={option.key}
                    onChange={(key) => builder.setOptionKey(uid, option.uid, key)}
                    error={issueText(builder.issueOf(at('key')))}
                    required
                    autoComplete="off"
                    spellCheck={false}
                  />
                  <div className="survey-option__tools">
                    <Button
                      size="small"
                      id={domId(at('up'))}
                      disabled={position === 0}
                      onClick={() => builder.moveOption(uid, option.uid, -1)}
                    >
                      {t('surveyBuilder.moveUp')}
                      {which}
                    </Button>
                    <Button
                      size="small"
                      id={domId(at('down'))}
                      disabled={position === options.length - 1}
                      onClick={() => builder.moveOption(uid, option.uid, 1)}
                    >
                      {t('surveyBuilder.moveDown')}
                      {which}
                    </Button>
                    <Button
                      size="small"
                      variant="danger"
                      onClick={() => builder.removeOption(uid, option.uid)}
                    >
                      {t('surveyBuilder.remove')}
                      {which}
                    </Button>
                  </div>
                </div>
                <TextGroup
                  builder={builder}
                  legend={t('surveyBuilder.option.label')}
                  at={at('labels')}
                  text={option.labels}
                  languages={builder.draft.languages}
                  required
                  onChange={(lang, value) => builder.setOptionLabel(uid, option.uid, lang, value)}
                />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <Button id={domId(ref.question(uid, 'addOption'))} onClick={() => builder.addOption(uid)}>
        {t('surveyBuilder.option.add')}
        <span className="visually-hidden"> {t('surveyBuilder.question.legend', { n: q })}</span>
      </Button>
    </fieldset>
  );
}
