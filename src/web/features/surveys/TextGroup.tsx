import { TextArea } from '../../components/TextArea.tsx';
import { TextField } from '../../components/TextField.tsx';
import {
  BASE_LANGUAGES,
  FORM_LANGUAGES,
  RTL_LANGUAGES,
  type ExtraFormLanguage,
  type FormLanguage,
} from '../../../core/surveys/model.ts';
import { useT } from '../../lib/i18n.tsx';
import { domId } from './builder-issues.ts';
import type { DraftText } from './builder-model.ts';
import { useIssueText } from './issue-text.ts';
import type { Builder } from './use-builder.ts';

interface TextGroupProps {
  builder: Builder;
  legend: string;
  hint?: string | undefined;
  /** The field reference without the language (`title`, `q:u3.labels`). */
  at: string;
  text: DraftText;
  languages: readonly ExtraFormLanguage[];
  /** nl, fr and en must be filled in. */
  required?: boolean;
  multiline?: boolean;
  onChange(lang: FormLanguage, value: string): void;
}

/**
 * One text in every language of the questionnaire: a fieldset named by the text, one field
 * per language (in that language: `lang`, and right to left for Arabic).
 */
export function TextGroup({
  builder,
  legend,
  hint,
  at,
  text,
  languages,
  required,
  multiline,
  onChange,
}: TextGroupProps) {
  const t = useT();
  const issueText = useIssueText();
  const shown = FORM_LANGUAGES.filter(
    (lang) =>
      (BASE_LANGUAGES as readonly string[]).includes(lang) ||
      languages.includes(lang as ExtraFormLanguage),
  );
  const hintId = hint ? `${domId(at)}-hint` : undefined;
  return (
    <fieldset className="fieldset survey-texts" aria-describedby={hintId}>
      <legend className="field__label">
        {legend}
        {required ? (
          <span className="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </legend>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <div className="form-grid survey-texts__grid">
        {shown.map((lang) => {
          const reference = `${at}.${lang}`;
          const props = {
            id: domId(reference),
            label: t(`surveyBuilder.lang.${lang}`),
            value: text[lang],
            onChange: (value: string) => onChange(lang, value),
            error: issueText(builder.issueOf(reference)),
            required: Boolean(required) && (BASE_LANGUAGES as readonly string[]).includes(lang),
            lang,
            dir: RTL_LANGUAGES.includes(lang) ? 'rtl' : undefined,
            autoComplete: 'off',
          };
          return multiline ? (
            <TextArea key={lang} {...props} />
          ) : (
            <TextField key={lang} {...props} />
          );
        })}
      </div>
    </fieldset>
  );
}
