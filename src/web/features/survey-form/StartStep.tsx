import { textIn, type FormLanguage, type SurveyDefinition } from '../../../core/surveys/model.ts';
import { useDocumentTitle, useHeadingFocus } from './page.ts';
import { STRINGS } from './strings.ts';

/** The first screen: the questionnaire's title and intro, and what "anonymous" means here. */
export function StartStep({
  lang,
  definition,
  onStart,
}: {
  lang: FormLanguage;
  definition: SurveyDefinition;
  onStart(): void;
}) {
  const s = STRINGS[lang];
  const title = textIn(definition.title, lang);
  const intro = textIn(definition.intro, lang);
  const heading = useHeadingFocus();
  useDocumentTitle(title);
  return (
    <section className="sf-card sf-start">
      <h1 ref={heading} tabIndex={-1} className="sf-title">
        {title}
      </h1>
      {intro && <p className="sf-intro">{intro}</p>}
      <div className="sf-anonymous">
        <h2 className="sf-anonymous__title">{s.anonymousTitle}</h2>
        <p>{s.anonymousBody}</p>
      </div>
      <button
        type="button"
        className="button button--primary sf-button sf-button--wide"
        onClick={onStart}
      >
        {s.start}
      </button>
    </section>
  );
}
