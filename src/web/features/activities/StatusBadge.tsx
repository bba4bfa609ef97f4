import { Badge } from '../../components/Badge.tsx';
import { useT } from '../../lib/i18n.tsx';
import type { Activity } from '../../../shared/schemas/activities.ts';

const TONES = { planned: 'neutral', held: 'success', cancelled: 'muted' } as const;

/** Planned, held or cancelled, as text in a badge. */
export function StatusBadge({ status }: { status: Activity['status'] }) {
  const t = useT();
  return <Badge tone={TONES[status]}>{t(`activityStatus.${status}`)}</Badge>;
}
