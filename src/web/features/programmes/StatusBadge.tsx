import type { TargetStatus } from '../../../core/programmes/progress.ts';
import { useT } from '../../lib/i18n.tsx';

/** A sign per status, so that colour is never the only carrier (the text always is). */
const SIGNS: Record<TargetStatus, string> = { met: '✓', on_track: '→', at_risk: '!', behind: '✕' };

/** Met, on track, at risk or behind: a sign, the word and a colour. */
export function StatusBadge({ status }: { status: TargetStatus }) {
  const t = useT();
  return (
    <span className={`target-status target-status--${status}`}>
      <span aria-hidden="true" className="target-status__sign">
        {SIGNS[status]}
      </span>{' '}
      {t(`programmes.status.${status}`)}
    </span>
  );
}
