import type { ProtectionView } from '../../shared/schemas/disclosure.ts';
import { protectionTexts } from '../../shared/i18n/protection.ts';
import { useI18n } from '../lib/i18n.tsx';
import { Alert } from './Alert.tsx';

/**
 * Says how the figures of a view are protected (decision 0008), and, when the whole view is
 * withheld, why and what to choose instead. Used wherever protected figures are shown.
 */
export function ProtectionNote({ protection }: { protection: ProtectionView }) {
  const { lang } = useI18n();
  const [method, withheld] = protectionTexts(lang, protection);
  return (
    <>
      {withheld ? (
        <Alert tone="warning">
          <p data-testid="protection-withheld">{withheld}</p>
        </Alert>
      ) : null}
      <p className="results-note" data-testid="protection-note">
        {method}
      </p>
    </>
  );
}
