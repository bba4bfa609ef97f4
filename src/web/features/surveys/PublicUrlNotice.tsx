import { Alert } from '../../components/Alert.tsx';
import { useT } from '../../lib/i18n.tsx';
import type { usePublicUrl } from './links.ts';

/**
 * Says when the public links cannot be trusted: PUBLIC_URL is not set, so they use the
 * address this browser used — which phones cannot open when it is this computer's own.
 */
export function PublicUrlNotice({ publicUrl }: { publicUrl: ReturnType<typeof usePublicUrl> }) {
  const t = useT();
  if (publicUrl.source === null || publicUrl.source === 'configured') return null;
  const host = new URL(publicUrl.url).host;
  return publicUrl.source === 'loopback' ? (
    <Alert tone="warning" title={t('surveys.publicUrl.loopback.title')}>
      <p>{t('surveys.publicUrl.loopback.body', { host })}</p>
    </Alert>
  ) : (
    <Alert tone="info">
      <p>{t('surveys.publicUrl.request', { host })}</p>
    </Alert>
  );
}
