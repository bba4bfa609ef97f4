import type { ReactNode } from 'react';
import { useI18n } from '../../lib/i18n.tsx';
import type { Activity } from '../../../shared/schemas/activities.ts';
import { placeOf } from './ActivityTable.tsx';
import type { ActivityCatalog } from './catalog.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { formatPeriod } from './zoned-time.ts';

/** The fields of one activity as a description list; empty ones are left out. */
export function ActivityDetails({
  activity,
  catalog,
}: {
  activity: Activity;
  catalog: ActivityCatalog;
}) {
  const { t, format } = useI18n();
  const place = placeOf(activity, catalog);
  const rows: [string, ReactNode][] = [
    [t('activities.field.status'), <StatusBadge key="status" status={activity.status} />],
    [
      t('activities.field.kind'),
      `${catalog.label.kind(activity.kind)} (${t(`activityCategory.${activity.category}`)})`,
    ],
    [
      t('activities.field.when'),
      formatPeriod(activity.startsAt, activity.endsAt, format.locale, catalog.timeZone),
    ],
    [t('activities.field.place'), [place.main, place.sub].filter(Boolean).join(' — ')],
    [t('activities.field.language'), catalog.label.language(activity.language)],
    [t('activities.field.theme'), catalog.label.theme(activity.theme)],
    [t('activities.field.partner'), activity.partner],
    [
      t('activities.field.attendance'),
      t('activities.attendance.summary', {
        attendance: activity.attendance,
        lines: activity.attendanceLines,
      }),
    ],
    [
      t('activities.field.capacity'),
      activity.capacity === null ? null : format.number(activity.capacity),
    ],
    [t('activities.field.notes'), activity.notes],
    [t('activities.field.externalId'), activity.externalId],
  ];
  return (
    <dl className="activity-details">
      {rows
        .filter(([, value]) => value !== null && value !== '')
        .map(([term, value]) => (
          <div key={term} className="activity-details__row">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
