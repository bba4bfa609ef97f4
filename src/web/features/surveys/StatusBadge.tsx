import { Badge } from '../../components/Badge.tsx';
import type { SurveyStatus } from '../../../core/surveys/model.ts';
import { useT } from '../../lib/i18n.tsx';

const TONES = { draft: 'warning', published: 'success', closed: 'muted' } as const;

/** Draft, published or closed, as text in a badge. */
export function StatusBadge({ status }: { status: SurveyStatus }) {
  const t = useT();
  return <Badge tone={TONES[status]}>{t(`survey.status.${status}`)}</Badge>;
}
