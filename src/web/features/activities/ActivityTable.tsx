import { Link } from 'react-router';
import { Table } from '../../components/Table.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import type { Page } from '../../lib/query.ts';
import type { Activity } from '../../../shared/schemas/activities.ts';
import type { ActivityCatalog } from './catalog.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { formatPeriod } from './zoned-time.ts';

interface ActivityTableProps {
  page: Page<Activity>;
  busy: boolean;
  catalog: ActivityCatalog;
}

/** The place of an activity: its location, or the municipality and neighbourhood it went to. */
export function placeOf(activity: Activity, catalog: ActivityCatalog) {
  const location = catalog.label.location(activity.locationId);
  const area = [catalog.label.municipality(activity.municipality), activity.neighbourhood]
    .filter(Boolean)
    .join(' · ');
  return { main: location || area, sub: location ? area : '' };
}

export function ActivityTable({ page, busy, catalog }: ActivityTableProps) {
  const { t, format } = useI18n();
  return (
    <Table
      caption={t('activities.caption', { total: page.total })}
      busy={busy}
      rows={page.items}
      rowKey={(activity) => activity.id}
      empty={t('activities.empty')}
      columns={[
        {
          key: 'title',
          header: t('activities.field.title'),
          rowHeader: true,
          cell: (activity) => (
            <>
              <Link to={`/activities/${activity.id}`}>{activity.title}</Link>
              {activity.partner ? <span className="cell-sub">{activity.partner}</span> : null}
            </>
          ),
        },
        {
          key: 'kind',
          header: t('activities.field.kind'),
          cell: (activity) => (
            <>
              {catalog.label.kind(activity.kind)}
              <span className="cell-sub">{t(`activityCategory.${activity.category}`)}</span>
            </>
          ),
        },
        {
          key: 'when',
          header: t('activities.field.when'),
          cell: (activity) =>
            formatPeriod(activity.startsAt, activity.endsAt, format.locale, catalog.timeZone),
        },
        {
          key: 'place',
          header: t('activities.field.place'),
          cell: (activity) => {
            const place = placeOf(activity, catalog);
            return (
              <>
                {place.main}
                {place.sub ? <span className="cell-sub">{place.sub}</span> : null}
              </>
            );
          },
        },
        {
          key: 'language',
          header: t('activities.field.language'),
          cell: (activity) => catalog.label.language(activity.language),
        },
        {
          key: 'status',
          header: t('activities.field.status'),
          cell: (activity) => <StatusBadge status={activity.status} />,
        },
        {
          key: 'attendance',
          header: t('activities.field.attendance'),
          className: 'cell-nowrap',
          cell: (activity) =>
            activity.capacity === null
              ? format.number(activity.attendance)
              : t('activities.attendanceOfCapacity', {
                  attendance: activity.attendance,
                  capacity: activity.capacity,
                }),
        },
      ]}
    />
  );
}
