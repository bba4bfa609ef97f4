import { useId } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../components/Alert.tsx';
import { CopyButton } from '../../components/CopyButton.tsx';
import { useT } from '../../lib/i18n.tsx';
import type { Survey } from '../../../shared/schemas/surveys.ts';
import { publicLink, qrSource, usePublicUrl } from './links.ts';
import { PublicUrlNotice } from './PublicUrlNotice.tsx';

/** The public link and the kiosk link (copy buttons), the QR code and the poster. */
export function SurveyLinks({ survey }: { survey: Survey }) {
  const t = useT();
  const headingId = useId();
  const publicUrl = usePublicUrl();
  const link = publicLink(publicUrl.url, survey.publicCode);
  const kiosk = publicLink(publicUrl.url, survey.publicCode, true);
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('surveys.links.title')}</h2>
      {survey.status !== 'published' ? (
        <Alert tone="info" title={t('surveys.links.notOpen')} />
      ) : null}
      <PublicUrlNotice publicUrl={publicUrl} />
      <div className="survey-links">
        <div className="survey-links__text">
          <h3>{t('surveys.links.public')}</h3>
          <p className="muted">{t('surveys.links.public.hint')}</p>
          <p className="secret">
            <code>{link}</code>
            <CopyButton text={link} label={t('surveys.links.copyPublic')} />
          </p>
          <h3>{t('surveys.links.kiosk')}</h3>
          <p className="muted">{t('surveys.links.kiosk.hint')}</p>
          <p className="secret">
            <code>{kiosk}</code>
            <CopyButton text={kiosk} label={t('surveys.links.copyKiosk')} />
          </p>
          <p>
            <Link className="button button--secondary" to={`/surveys/${survey.id}/poster`}>
              {t('surveys.poster.open')}
            </Link>
          </p>
        </div>
        <figure className="survey-links__qr">
          <img
            src={qrSource(survey.id)}
            alt={t('surveys.qr.alt', { link })}
            width={200}
            height={200}
          />
          <figcaption className="muted">{t('surveys.qr.caption')}</figcaption>
        </figure>
      </div>
    </section>
  );
}
