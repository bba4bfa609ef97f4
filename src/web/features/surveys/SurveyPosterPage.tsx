import { Fragment, useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { textIn } from '../../../core/surveys/model.ts';
import { translate } from '../../../shared/i18n/translate.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useApiQuery } from '../../lib/query.ts';
import { useSession } from '../../lib/session.tsx';
import type { Survey } from '../../../shared/schemas/surveys.ts';
import { publicLink, qrSource, usePublicUrl } from './links.ts';
import { PublicUrlNotice } from './PublicUrlNotice.tsx';

/** The poster's languages, in the order Brussels reads them. */
const POSTER_LANGUAGES = ['nl', 'fr', 'en'] as const;

/**
 * /surveys/:id/poster: an A4 poster to print (the navigation and buttons are not printed):
 * the title and a short invitation in Dutch, French and English, the QR code, the link
 * written out and the organisation's name.
 */
export function SurveyPosterPage() {
  const { t, lang } = useI18n();
  const { session } = useSession();
  const { id = '' } = useParams();
  const query = useApiQuery<Survey>(`/api/surveys/${id}`);
  const publicUrl = usePublicUrl();
  const survey = query.data;
  const title = survey ? textIn(survey.title, lang) : '';
  const appName = t('app.name');

  useEffect(() => {
    if (title) document.title = `${title} · ${appName}`;
  }, [title, appName]);

  if (!survey)
    return (
      <>
        <PageHeader title={t('surveys.detail.loading')} />
        <ErrorAlert error={query.error} />
        {query.error ? <Link to="/surveys">{t('surveys.backToList')}</Link> : <Spinner />}
      </>
    );

  const link = publicLink(publicUrl.url, survey.publicCode);
  return (
    <div className="survey-poster-page">
      <div className="survey-poster__toolbar no-print">
        <div className="row-actions">
          <Link className="button button--ghost" to={`/surveys/${survey.id}`}>
            {t('surveys.poster.back')}
          </Link>
          <Button variant="primary" onClick={() => window.print()}>
            {t('surveys.poster.print')}
          </Button>
        </div>
        <p className="muted">{t('surveys.poster.hint')}</p>
        {survey.status !== 'published' ? (
          <Alert tone="warning" title={t('surveys.links.notOpen')} />
        ) : null}
        <PublicUrlNotice publicUrl={publicUrl} />
      </div>
      <article className="survey-poster">
        <h1 tabIndex={-1} className="survey-poster__title">
          {POSTER_LANGUAGES.map((l, index) => (
            <Fragment key={l}>
              {index > 0 ? <span className="visually-hidden"> / </span> : null}
              <span lang={l}>{textIn(survey.title, l)}</span>
            </Fragment>
          ))}
        </h1>
        <ul className="survey-poster__invite">
          {POSTER_LANGUAGES.map((l) => (
            <li key={l} lang={l}>
              {translate(l, 'surveys.poster.invite')}
            </li>
          ))}
        </ul>
        <img
          className="survey-poster__qr"
          src={qrSource(survey.id)}
          alt={t('surveys.qr.alt', { link })}
          width={400}
          height={400}
        />
        <p className="survey-poster__link">{link}</p>
        <p className="survey-poster__org">{session?.currentOrganisation?.name}</p>
      </article>
    </div>
  );
}
