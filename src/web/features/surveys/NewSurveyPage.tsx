import { useId, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { slugify } from '../../../core/common/slug.ts';
import { textIn, type SurveyDefinition } from '../../../core/surveys/model.ts';
import { api } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useApiQuery } from '../../lib/query.ts';
import type { Survey } from '../../../shared/schemas/surveys.ts';
import { definitionOf, draftOf, newQuestion, type Draft } from './builder-model.ts';
import { SurveyBuilder } from './SurveyBuilder.tsx';

const TEMPLATE = 'visitor-profile';

/**
 * /surveys/new: start blank or from the visitor profile template (?start=…, so the
 * browser's back button returns to the choice), then the builder.
 */
export function NewSurveyPage() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const headingId = useId();
  const [params] = useSearchParams();
  const start = params.get('start');
  const template = useApiQuery<{ definition: SurveyDefinition }>(
    start === TEMPLATE ? '/api/surveys/templates/visitor-profile' : null,
  );
  const [blank] = useState<Draft>(() => ({ ...draftOf(null), questions: [newQuestion([])] }));

  const save = async (draft: Draft) => {
    const created = await api.post<Survey>('/api/surveys', {
      slug: draft.slug.trim(),
      definition: definitionOf(draft),
    });
    navigate(`/surveys/${created.id}`, {
      state: { notice: t('surveys.created', { title: textIn(created.title, lang) }) },
    });
  };
  const builder = (initial: Draft) => (
    <SurveyBuilder
      key={start}
      initial={initial}
      isNew
      submitLabel={t('surveyBuilder.create')}
      onSave={save}
      onCancel={() => navigate('/surveys')}
    />
  );

  return (
    <>
      <PageHeader title={t('surveyBuilder.new.title')} intro={t('surveyBuilder.new.intro')} />
      {start === 'blank' ? builder(blank) : null}
      {start === TEMPLATE ? (
        <>
          <ErrorAlert error={template.error} />
          {template.data
            ? builder(draftOf(template.data.definition, slugify(template.data.definition.title.en)))
            : null}
          {template.loading ? <Spinner /> : null}
        </>
      ) : null}
      {start !== 'blank' && start !== TEMPLATE ? (
        <section className="card" aria-labelledby={headingId}>
          <h2 id={headingId}>{t('surveyBuilder.start.title')}</h2>
          <ul className="tiles">
            <li>
              <Link className="tile__link" to="?start=blank">
                <span className="tile__title">{t('surveyBuilder.start.blank')}</span>
                <span className="tile__body">{t('surveyBuilder.start.blank.body')}</span>
              </Link>
            </li>
            <li>
              <Link className="tile__link" to={`?start=${TEMPLATE}`}>
                <span className="tile__title">{t('surveyBuilder.start.template')}</span>
                <span className="tile__body">{t('surveyBuilder.start.template.body')}</span>
              </Link>
            </li>
          </ul>
          <p>
            <Link to="/surveys">{t('surveys.backToList')}</Link>
          </p>
        </section>
      ) : null}
    </>
  );
}
