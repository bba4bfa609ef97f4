import { useId, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { textIn } from '../../../core/surveys/model.ts';
import { api } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useApiQuery } from '../../lib/query.ts';
import { useSession } from '../../lib/session.tsx';
import type { Survey } from '../../../shared/schemas/surveys.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { QuestionPreview } from './QuestionPreview.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { SurveyLinks } from './SurveyLinks.tsx';
import { VersionsTable } from './VersionsTable.tsx';

type Confirming = 'publish' | 'reopen' | 'close' | 'delete';

/** One questionnaire: its state, publish/close/reopen/delete, links, QR code, versions, questions. */
export function SurveyDetailPage() {
  const { t, lang, format } = useI18n();
  const { can, session } = useSession();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const versionsId = useId();
  const initialNotice = (useLocation().state as { notice?: string } | null)?.notice ?? null;
  const [notice, setNotice] = useState<string | null>(initialNotice);
  const [confirming, setConfirming] = useState<Confirming | null>(null);
  const query = useApiQuery<Survey>(`/api/surveys/${id}`);
  const survey = query.data;
  const manage = can('surveys.manage');
  const zone = session?.currentOrganisation?.timeZone;

  if (!survey)
    return (
      <>
        <PageHeader title={t('surveys.detail.loading')} />
        <ErrorAlert error={query.error} />
        {query.error ? <Link to="/surveys">{t('surveys.backToList')}</Link> : <Spinner />}
      </>
    );

  const title = textIn(survey.title, lang);
  const confirmed = async () => {
    if (confirming === 'delete') {
      await api.delete(`/api/surveys/${survey.id}`);
      navigate('/surveys', { state: { notice: t('surveys.deleted', { title }) } });
      return;
    }
    const action = confirming === 'close' ? 'close' : 'publish';
    await api.post<Survey>(`/api/surveys/${survey.id}/${action}`);
    setNotice(t(confirming === 'close' ? 'surveys.closed' : 'surveys.published', { title }));
    setConfirming(null);
    query.reload();
  };
  const open = (action: Confirming) => () => setConfirming(action);
  const step = confirming ?? 'publish';
  const rows: (readonly [string, ReactNode])[] = [
    [t('surveys.field.status'), <StatusBadge key="status" status={survey.status} />],
    [t('surveys.field.slug'), <code key="slug">{survey.slug}</code>],
    [t('surveys.field.currentVersion'), format.number(survey.version)],
    [t('surveys.field.questions'), format.number(survey.questions)],
    [t('surveys.field.responses'), format.number(survey.responses)],
    [t('surveys.field.created'), format.dateTime(survey.createdAt, zone)],
    ...(survey.publishedAt
      ? [[t('surveys.field.published'), format.dateTime(survey.publishedAt, zone)] as const]
      : []),
    ...(survey.closedAt
      ? [[t('surveys.field.closed'), format.dateTime(survey.closedAt, zone)] as const]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={title}
        intro={survey.template ? t('surveys.builtIn.intro') : undefined}
        actions={
          <div className="row-actions survey-actions">
            <Link className="button button--ghost" to="/surveys">
              {t('surveys.backToList')}
            </Link>
            <Link className="button button--secondary" to={`/surveys/${survey.id}/results`}>
              {t('surveys.results')}
            </Link>
            {can('surveys.import') ? (
              <Link
                className="button button--secondary"
                to={`/surveys/import?survey=${encodeURIComponent(survey.slug)}`}
              >
                {t('surveys.import')}
              </Link>
            ) : null}
          </div>
        }
      />
      {notice ? <Alert tone="success" title={notice} /> : null}
      {manage ? (
        <div className="row-actions survey-actions card">
          <Link className="button button--secondary" to={`/surveys/${survey.id}/edit`}>
            {t('surveys.edit')}
          </Link>
          {survey.status === 'draft' ? (
            <Button variant="primary" onClick={open('publish')}>
              {t('surveys.publish')}
            </Button>
          ) : null}
          {survey.status === 'closed' ? (
            <Button variant="primary" onClick={open('reopen')}>
              {t('surveys.reopen')}
            </Button>
          ) : null}
          {survey.status === 'published' ? (
            <Button onClick={open('close')}>{t('surveys.close')}</Button>
          ) : null}
          {survey.template ? null : (
            <Button variant="danger" onClick={open('delete')}>
              {t('surveys.delete')}
            </Button>
          )}
        </div>
      ) : null}
      <section className="card">
        <dl className="survey-details">
          {rows.map(([label, value]) => (
            <div className="survey-details__row" key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <SurveyLinks survey={survey} />
      <section aria-labelledby={versionsId}>
        <h2 id={versionsId}>{t('surveys.versions.title')}</h2>
        <VersionsTable survey={survey} />
      </section>
      <QuestionPreview definition={survey.definition} />
      <ConfirmDialog
        open={confirming !== null}
        title={t(`surveys.confirm.${step}.title`)}
        message={t(`surveys.confirm.${step}.body`, {
          title,
          version: survey.version,
          responses: survey.responses,
        })}
        confirmLabel={t(`surveys.confirm.${step}.submit`)}
        danger={step === 'close' || step === 'delete'}
        onConfirm={confirmed}
        onClose={() => setConfirming(null)}
      />
    </>
  );
}
