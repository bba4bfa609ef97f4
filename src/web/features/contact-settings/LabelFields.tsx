import { TextField } from '../../components/TextField.tsx';
import type { Form } from '../../lib/form.ts';
import { LANGUAGES, useT } from '../../lib/i18n.tsx';
import type { LabelValues } from './labels.ts';

/** One label field per UI language; each input says which language it is written in. */
export function LabelFields<V extends LabelValues>({
  form,
  fallback,
}: {
  form: Form<V>;
  /** What shows when a language is left empty (the standard name of a built-in kind). */
  fallback?: (lang: (typeof LANGUAGES)[number]) => string;
}) {
  const t = useT();
  return (
    <div className="form-grid">
      {LANGUAGES.map((lang) => (
        <TextField
          key={lang}
          {...form.field(`labels.${lang}`)}
          label={t(`contactSettings.label.${lang}`)}
          hint={
            fallback ? t('contactSettings.label.fallback', { label: fallback(lang) }) : undefined
          }
          lang={lang}
          autoComplete="off"
        />
      ))}
    </div>
  );
}
