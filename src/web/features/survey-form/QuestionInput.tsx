import { useId } from 'react';
import {
  FREE_TEXT_MAX_LENGTH,
  RATING_KEYS,
  textIn,
  type FormLanguage,
  type SurveyQuestion,
} from '../../../core/surveys/model.ts';
import type { Draft } from './answers.ts';
import { STRINGS } from './strings.ts';

interface Choice {
  key: string;
  label: string;
}

/**
 * Big choice "cards" built on real radio buttons or checkboxes: the whole card is the
 * label, arrow keys move within a radio group, Space ticks a checkbox.
 */
function Choices({
  name,
  type,
  choices,
  picked,
  invalid,
  layout,
  onPick,
}: {
  name: string;
  type: 'radio' | 'checkbox';
  choices: Choice[];
  picked: readonly string[];
  invalid: boolean;
  layout: 'list' | 'scale';
  onPick(key: string, on: boolean): void;
}) {
  return (
    <div className={`sf-choices sf-choices--${layout}`}>
      {choices.map((choice) => (
        <label key={choice.key} className="sf-choice">
          <input
            type={type}
            name={name}
            value={choice.key}
            className="sf-choice__input"
            checked={picked.includes(choice.key)}
            aria-invalid={invalid || undefined}
            onChange={(event) => onPick(choice.key, event.target.checked)}
          />
          <span className="sf-choice__label">{choice.label}</span>
        </label>
      ))}
    </div>
  );
}

/** The answer control for one question, by type. */
export function QuestionInput({
  question,
  draft,
  lang,
  labelledBy,
  describedBy,
  invalid,
  onChange,
}: {
  question: SurveyQuestion;
  draft: Draft | undefined;
  lang: FormLanguage;
  labelledBy: string;
  describedBy: string;
  invalid: boolean;
  onChange(draft: Draft | undefined): void;
}) {
  const s = STRINGS[lang];
  const id = useId();
  const name = `sf-${question.key}`;
  const text = typeof draft === 'string' ? draft : '';
  const common = { name, invalid };

  switch (question.type) {
    case 'single_choice':
    case 'yes_no': {
      const choices =
        question.type === 'yes_no'
          ? [
              { key: 'yes', label: s.yes },
              { key: 'no', label: s.no },
            ]
          : (question.options ?? []).map((o) => ({ key: o.key, label: textIn(o.labels, lang) }));
      return (
        <Choices
          {...common}
          type="radio"
          layout="list"
          choices={choices}
          picked={text ? [text] : []}
          onPick={(key) => onChange(key)}
        />
      );
    }
    case 'rating':
      return (
        <Choices
          {...common}
          type="radio"
          layout="scale"
          choices={RATING_KEYS.map((key) => ({ key, label: key }))}
          picked={typeof draft === 'number' ? [String(draft)] : []}
          onPick={(key) => onChange(Number(key))}
        />
      );
    case 'multiple_choice': {
      const picked = Array.isArray(draft) ? draft : [];
      return (
        <Choices
          {...common}
          type="checkbox"
          layout="list"
          choices={(question.options ?? []).map((o) => ({
            key: o.key,
            label: textIn(o.labels, lang),
          }))}
          picked={picked}
          onPick={(key, on) => {
            const next = on ? [...picked, key] : picked.filter((k) => k !== key);
            onChange(next.length > 0 ? next : undefined);
          }}
        />
      );
    }
    case 'number':
      return (
        <input
          type="text"
          inputMode="decimal"
          autoComplete="off"
          name={name}
          className="sf-input sf-input--number"
          value={text}
          aria-labelledby={labelledBy}
          aria-describedby={describedBy || undefined}
          aria-invalid={invalid || undefined}
          onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
        />
      );
    case 'free_text':
      return (
        <>
          <p id={`${id}-warning`} className="sf-warning">
            {s.freeTextWarning}
          </p>
          <textarea
            name={name}
            className="sf-input sf-textarea"
            rows={5}
            maxLength={FREE_TEXT_MAX_LENGTH}
            autoComplete="off"
            value={text}
            aria-labelledby={labelledBy}
            aria-describedby={[`${id}-warning`, describedBy, `${id}-count`]
              .filter(Boolean)
              .join(' ')}
            aria-invalid={invalid || undefined}
            onChange={(event) =>
              onChange(event.target.value === '' ? undefined : event.target.value)
            }
          />
          <p id={`${id}-count`} className="sf-counter">
            {s.characters(text.length, FREE_TEXT_MAX_LENGTH)}
          </p>
        </>
      );
  }
}
