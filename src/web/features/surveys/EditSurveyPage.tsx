import { Link, useNavigate, useParams } from 'react-router';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { textIn } from '../../../core/surveys/model.ts';
import { api } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useApiQuery } from '../../lib/query.ts';
import type { Survey } from '../../../shared/schemas/surveys.ts';
import { definitionOf, draftOf, type Draft } from './builder-model.ts';
import { SurveyBuilder } from './SurveyBuilder.tsx';

/** Whether saving makes a new version: the current one was published or has answers. */
export function savingMakesVersion(survey: Survey): boolean {
  const current = survey.versions.find((v) => v.version === survey.version);
  return Boolean(current?.publishedAt) || (current?.responses ?? 0) > 0;
}

/** /surveys/:id/edit: the builder on the current version. */
export function EditSurveyPage() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const query = useApiQuery<Survey>(`/api/surveys/${id}`);
  const survey = query.data;

  if (!survey)
    return (
      <>
        <PageHeader title={t('surveyBuilder.edit.loading')} />
        <ErrorAlert error={query.error} />
        {query.error ? <Link to="/surveys">{t('surveys.backToList')}</Link> : <Spinner />}
      </>
    );

  const title = textIn(survey.title, lang);
  const save = async (draft: Draft) => {
    const slug = draft.slug.trim();
    const saved = await api.put<Survey>(`/api/surveys/${survey.id}`, {
      ...(slug !== survey.slug ? { slug } : {}),
      definition: definitionOf(draft),
    });
    navigate(`/surveys/${survey.id}`, {
      state: {
        notice: t(saved.version > survey.version ? 'surveys.savedVersion' : 'surveys.saved', {
          title: textIn(saved.title, lang),
          version: saved.version,
        }),
      },
    });
  };

  return (
    <>
      <PageHeader title={t('surveyBuilder.edit.title', { title })} />
      <SurveyBuilder
        key={`${survey.id}-${survey.version}`}
        initial={draftOf(survey.definition, survey.slug)}
        isNew={false}
        submitLabel={t('action.save')}
        notices={
          <>
            {savingMakesVersion(survey) ? (
              <Alert
                tone="warning"
                title={t('surveyBuilder.newVersion', { next: survey.version + 1 })}
              />
            ) : null}
            {survey.template ? <Alert tone="info" title={t('surveyBuilder.builtIn')} /> : null}
          </>
        }
        onSave={save}
        onCancel={() => navigate(`/surveys/${survey.id}`)}
      />
    </>
  );
}
