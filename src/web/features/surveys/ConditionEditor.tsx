import { Checkbox } from '../../components/Checkbox.tsx';
import { Select } from '../../components/Select.tsx';
import { textIn } from '../../../core/surveys/model.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { domId, ref } from './builder-issues.ts';
import { conditionChoices, conditionSources, type DraftQuestion } from './builder-model.ts';
import { useIssueText } from './issue-text.ts';
import type { Builder } from './use-builder.ts';

/**
 * "Show this question only when an earlier choice, rating or yes/no question was answered
 * with one of …": the earlier question and the answers, as a select and checkboxes.
 */
export function ConditionEditor({ builder, index }: { builder: Builder; index: number }) {
  const { t, lang } = useI18n();
  const issueText = useIssueText();
  const { draft } = builder;
  const question = draft.questions[index]!;
  const { uid, condition } = question;
  const at = (field: string) => ref.question(uid, field);
  const sources = conditionSources(draft, index);
  if (index === 0 && !condition) return null;
  if (sources.length === 0 && !condition)
    return <p className="muted">{t('surveyBuilder.condition.unavailable')}</p>;

  const source = sources.find((q) => q.uid === condition?.questionUid);
  const numberOf = (q: DraftQuestion) => draft.questions.indexOf(q) + 1;
  const labelOf = (q: DraftQuestion) => textIn(q.labels, lang).trim() || q.key;
  const choiceLabel = (choice: { ref: string; key: string }) => {
    if (source?.type === 'yes_no') return t(choice.key === 'yes' ? 'survey.yes' : 'survey.no');
    const option = source?.options.find((o) => o.uid === choice.ref);
    return option ? textIn(option.labels, lang).trim() || option.key : choice.key;
  };
  const anyOfId = domId(at('condition.anyOf'));
  const anyOfError = issueText(builder.issueOf(at('condition.anyOf')));
  const set = (next: DraftQuestion['condition']) =>
    builder.setQuestion(uid, { condition: next }, 'condition.question', 'condition.anyOf');

  return (
    <div className="survey-condition">
      <Checkbox
        id={domId(at('condition'))}
        label={t('surveyBuilder.condition.toggle')}
        hint={t('surveyBuilder.condition.hint')}
        checked={condition !== null}
        onChange={(on) =>
          set(on ? { questionUid: sources[sources.length - 1]?.uid ?? '', anyOf: [] } : null)
        }
      />
      {condition ? (
        <div className="survey-condition__body">
          <Select
            id={domId(at('condition.question'))}
            label={t('surveyBuilder.condition.question')}
            emptyOption={t('surveyBuilder.condition.question.choose')}
            value={source ? source.uid : ''}
            options={sources.map((q) => ({
              value: q.uid,
              label: t('surveyBuilder.condition.source', { n: numberOf(q), label: labelOf(q) }),
            }))}
            onChange={(questionUid) => set({ questionUid, anyOf: [] })}
            error={issueText(builder.issueOf(at('condition.question')))}
          />
          {source ? (
            <fieldset
              className={`fieldset ${anyOfError ? 'field--invalid' : ''}`}
              id={anyOfId}
              tabIndex={-1}
              aria-describedby={anyOfError ? `${anyOfId}-error` : undefined}
            >
              <legend className="field__label">{t('surveyBuilder.condition.anyOf')}</legend>
              {anyOfError ? (
                <p className="field__error" id={`${anyOfId}-error`}>
                  {anyOfError}
                </p>
              ) : null}
              <div className="checkbox-grid">
                {conditionChoices(source).map((choice) => (
                  <Checkbox
                    key={choice.ref}
                    id={`${anyOfId}-${choice.ref}`}
                    label={choiceLabel(choice)}
                    checked={condition.anyOf.includes(choice.ref)}
                    onChange={(on) =>
                      set({
                        ...condition,
                        anyOf: on
                          ? [...condition.anyOf, choice.ref]
                          : condition.anyOf.filter((r) => r !== choice.ref),
                      })
                    }
                  />
                ))}
              </div>
            </fieldset>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
