import { useEffect, useId, useRef, useState } from 'react';
import type { QuestionResult } from '../../../shared/schemas/surveys.ts';
import { Button } from '../../components/Button.tsx';
import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';
import { Select } from '../../components/Select.tsx';
import { useT } from '../../lib/i18n.tsx';
import { useResultsFormat } from './numbers.ts';
import { formatFilter, type AnswerFilter } from './params.ts';

/**
 * "Only respondents who answered …": one group of checkboxes per chosen question (any
 * ticked answer counts; all groups must hold). A question just added waits, outside the
 * URL, until an answer is ticked. Adding moves the focus to the new group.
 */
export function AnswerFilters({
  filters,
  questions,
  onChange,
}: {
  filters: readonly AnswerFilter[];
  questions: readonly QuestionResult[];
  onChange(filters: AnswerFilter[]): void;
}) {
  const t = useT();
  const id = useId();
  const format = useResultsFormat();
  const [draft, setDraft] = useState<AnswerFilter[]>([...filters]);
  const [chosen, setChosen] = useState('');
  /** A selector of what takes the focus after the next render. */
  const focus = useRef<string | null>(null);
  const setFocus = (selector: string) => {
    focus.current = selector;
  };
  // Follow filters changed elsewhere (reset, back button) unless the draft already says the same.
  const applied = formatFilter(filters);
  const [shown, setShown] = useState(applied);
  if (shown !== applied) {
    setShown(applied);
    if (formatFilter(draft) !== applied) setDraft([...filters]);
  }
  useEffect(() => {
    if (!focus.current) return;
    document.querySelector<HTMLElement>(focus.current)?.focus();
    focus.current = null;
  });

  const byKey = new Map(questions.map((q) => [q.key, q]));
  const commit = (next: AnswerFilter[]) => {
    setDraft(next);
    onChange(next);
  };
  const available = questions.filter((q) => !draft.some((f) => f.question === q.key));
  const add = () => {
    if (!chosen) return;
    setDraft([...draft, { question: chosen, anyOf: [] }]);
    setFocus(`[data-filter="${CSS.escape(chosen)}"] input`);
    setChosen('');
  };

  return (
    <div className="results-answers">
      <h3 className="field__label">{t('surveyResults.answerFilter.title')}</h3>
      <p className="field__hint">{t('surveyResults.answerFilter.hint')}</p>
      {draft.map((filter) => {
        const question = byKey.get(filter.question);
        const options = question
          ? question.options.map((o) => ({ value: o.key, label: format.text(o.labels) }))
          : filter.anyOf.map((key) => ({ value: key, label: key }));
        const legend = question ? format.text(question.labels) : filter.question;
        return (
          <div key={filter.question} className="results-answer" data-filter={filter.question}>
            <CheckboxGroup
              id={`${id}-${filter.question}`}
              legend={legend}
              options={options}
              value={filter.anyOf}
              onChange={(anyOf) =>
                commit(draft.map((f) => (f.question === filter.question ? { ...f, anyOf } : f)))
              }
            />
            {filter.anyOf.length === 0 ? (
              <p className="field__hint">{t('surveyResults.answerFilter.pending')}</p>
            ) : null}
            <Button
              size="small"
              variant="ghost"
              onClick={() => {
                commit(draft.filter((f) => f.question !== filter.question));
                setFocus(`#${CSS.escape(`${id}-add`)}`);
              }}
            >
              {t('surveyResults.answerFilter.remove')}
              <span className="visually-hidden"> ({legend})</span>
            </Button>
          </div>
        );
      })}
      {available.length > 0 ? (
        <div className="results-answers__add">
          <Select
            id={`${id}-add`}
            label={t('surveyResults.answerFilter.question')}
            value={chosen}
            emptyOption={t('surveyResults.answerFilter.choose')}
            options={available.map((q) => ({ value: q.key, label: format.text(q.labels) }))}
            onChange={setChosen}
          />
          <Button onClick={add} disabled={!chosen}>
            {t('surveyResults.answerFilter.add')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
