import { useEffect, useRef, useState } from 'react';
import { FORM_LANGUAGES, type FormLanguage } from '../../../core/surveys/model.ts';
import { loadSurvey, type LoadResult } from './api.ts';
import { directionOf, preferredLanguage, useDocumentLanguage } from './language.ts';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { StatusScreen } from './StatusScreen.tsx';
import { STRINGS } from './strings.ts';
import { SurveyForm } from './SurveyForm.tsx';
import './survey-form.css';

/**
 * One filling-in of the questionnaire: loads it (with a fresh form token), picks the
 * language, and shows the form or why it cannot be filled in. The kiosk replaces the
 * whole session (a new React key) to start afresh.
 */
export function SurveySession({
  code,
  kiosk,
  onRestart,
}: {
  code: string;
  kiosk: boolean;
  onRestart(): void;
}) {
  const [load, setLoad] = useState<LoadResult | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [lang, setLang] = useState<FormLanguage>(() => preferredLanguage(FORM_LANGUAGES, 'en'));
  /** A language picked while the form was loading is kept if the questionnaire offers it. */
  const picked = useRef<FormLanguage | null>(null);
  useDocumentLanguage(lang);

  useEffect(() => {
    let live = true;
    void loadSurvey(code).then((result) => {
      if (!live) return;
      setLoad(result);
      if (result.kind !== 'ok') return;
      const { languages, defaultLanguage } = result.survey;
      const mine = picked.current;
      setLang(
        mine && languages.includes(mine) ? mine : preferredLanguage(languages, defaultLanguage),
      );
    });
    return () => {
      live = false;
    };
  }, [code, attempt]);

  const s = STRINGS[lang];
  useEffect(() => {
    if (load === null) document.title = s.loading;
  }, [load, s.loading]);
  const choose = (next: FormLanguage) => {
    picked.current = next;
    setLang(next);
  };
  const retry = () => {
    setLoad(null);
    setAttempt((n) => n + 1);
  };
  const survey = load?.kind === 'ok' ? load.survey : null;

  return (
    <div className="sf" lang={lang} dir={directionOf(lang)}>
      <header className="sf-header">
        {survey && <p className="sf-header__org">{survey.organisationName}</p>}
        <LanguageSwitcher
          languages={survey ? survey.languages : FORM_LANGUAGES}
          lang={lang}
          onChange={choose}
        />
      </header>
      <main className="sf-main">
        {load === null && (
          <p className="sf-loading" role="status">
            {s.loading}
          </p>
        )}
        {load?.kind === 'not_found' && (
          <StatusScreen title={s.notFoundTitle} body={s.notFoundBody} />
        )}
        {load?.kind === 'closed' && <StatusScreen title={s.closedTitle} body={s.closedBody} />}
        {load?.kind === 'failed' && (
          <StatusScreen title={s.loadFailedTitle} body={s.loadFailed}>
            <button type="button" className="button button--primary sf-button" onClick={retry}>
              {s.retry}
            </button>
          </StatusScreen>
        )}
        {load?.kind === 'ok' && (
          <SurveyForm
            code={code}
            survey={load.survey}
            loadedAt={load.loadedAt}
            lang={lang}
            kiosk={kiosk}
            onRestart={onRestart}
            onClosed={() => setLoad({ kind: 'closed' })}
          />
        )}
      </main>
    </div>
  );
}
