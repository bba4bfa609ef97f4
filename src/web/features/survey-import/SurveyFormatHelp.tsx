import { useId } from 'react';
import { ScrollingPre } from '../../components/ScrollRegion.tsx';
import { Table } from '../../components/Table.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import {
  FORM_LANGUAGES,
  FREE_TEXT_MAX_LENGTH,
  NUMBER_LIMIT,
  optionKeysOf,
  textIn,
  type SurveyDefinition,
  type SurveyQuestion,
} from '../../../core/surveys/model.ts';
import { exampleCsv } from './example.ts';

const FIXED = ['submitted_at', 'external_id', 'language'] as const;
/** The options of the visitor profile's municipality question are NIS codes. */
const isMunicipality = (q: SurveyQuestion) => optionKeysOf(q).some((k) => /^21\d{3}$/.test(k));

/** What a cell of `question` holds: its answer keys (with their labels) or its kind of value. */
function Answers({ question }: { question: SurveyQuestion }) {
  const { t, lang } = useI18n();
  const keys = (
    <ul className="survey-import-keys">
      {(question.options ?? []).map((o) => (
        <li key={o.key}>
          <code>{o.key}</code> {textIn(o.labels, lang)}
        </li>
      ))}
    </ul>
  );
  switch (question.type) {
    case 'single_choice':
      return (
        <>
          {t('surveyImport.format.single')}
          {keys}
          {isMunicipality(question) ? <p>{t('surveyImport.format.postalCode')}</p> : null}
        </>
      );
    case 'multiple_choice':
      return (
        <>
          {t('surveyImport.format.multiple')}
          {keys}
        </>
      );
    case 'rating':
      return <>{t('surveyImport.format.rating')}</>;
    case 'yes_no':
      return <>{t('surveyImport.format.yesNo')}</>;
    case 'number':
      return (
        <>
          {t('surveyImport.format.number', {
            min: question.min ?? -NUMBER_LIMIT,
            max: question.max ?? NUMBER_LIMIT,
          })}
        </>
      );
    case 'free_text':
      return <>{t('surveyImport.format.freeText', { max: FREE_TEXT_MAX_LENGTH })}</>;
  }
}

/**
 * How an answers file must look: the fixed columns, then one column per question of the
 * chosen questionnaire with the answer keys it takes (null: unknown questionnaire), and
 * an example. The page links here from its introduction.
 */
export function SurveyFormatHelp({ definition }: { definition: SurveyDefinition | null }) {
  const exampleId = useId();
  const { t, lang } = useI18n();
  const labelOf = (key: string) =>
    textIn(definition?.questions.find((q) => q.key === key)?.labels, lang) || key;
  return (
    <section
      className="card stack"
      id="survey-import-format"
      aria-labelledby="survey-import-format-title"
    >
      <h2 id="survey-import-format-title">{t('surveyImport.format.title')}</h2>
      <p>{t('surveyImport.format.intro')}</p>
      <Table
        caption={t('surveyImport.format.fixedCaption')}
        columns={[
          {
            key: 'column',
            header: t('import.format.column'),
            rowHeader: true,
            cell: (c) => (
              <>
                <code>{c}</code>
                {c === 'submitted_at' ? ` ${t('import.format.required')}` : ''}
              </>
            ),
          },
          {
            key: 'meaning',
            header: t('import.format.meaning'),
            cell: (c) =>
              t(`surveyImport.format.col.${c}`, { languages: FORM_LANGUAGES.join(', ') }),
          },
        ]}
        rows={FIXED}
        rowKey={(c) => c}
        empty=""
      />
      {definition ? (
        <>
          <h3>{t('surveyImport.format.questionsTitle')}</h3>
          <p>
            {t('surveyImport.format.questionsIntro', { title: textIn(definition.title, lang) })}
          </p>
          <Table<SurveyQuestion>
            caption={t('surveyImport.format.questionsCaption')}
            captionHidden
            columns={[
              {
                key: 'key',
                header: t('surveyImport.format.key'),
                rowHeader: true,
                cell: (q) => <code>{q.key}</code>,
              },
              {
                key: 'question',
                header: t('surveyImport.format.question'),
                cell: (q) => (
                  <>
                    {textIn(q.labels, lang)}
                    {q.required ? ` ${t('surveyImport.format.requiredAnswer')}` : ''}
                    {q.condition ? (
                      <p className="field__hint">
                        {t('surveyImport.format.condition', {
                          question: labelOf(q.condition.question),
                          keys: q.condition.anyOf.join(', '),
                        })}
                      </p>
                    ) : null}
                  </>
                ),
              },
              {
                key: 'answers',
                header: t('import.format.meaning'),
                cell: (q) => <Answers question={q} />,
              },
            ]}
            rows={definition.questions}
            rowKey={(q) => q.key}
            empty=""
          />
          <p id={exampleId}>{t('surveyImport.format.example')}</p>
          <ScrollingPre className="csv-example" labelledBy={exampleId}>
            {exampleCsv(definition)}
          </ScrollingPre>
        </>
      ) : (
        <p>{t('surveyImport.format.unknownQuestions')}</p>
      )}
    </section>
  );
}
