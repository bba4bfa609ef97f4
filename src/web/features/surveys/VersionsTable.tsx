import { Table } from '../../components/Table.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import { useSession } from '../../lib/session.tsx';
import type { Survey } from '../../../shared/schemas/surveys.ts';

/** Every version of a questionnaire: when made, when published, how many answers it has. */
export function VersionsTable({ survey }: { survey: Survey }) {
  const { t, format } = useI18n();
  const zone = useSession().session?.currentOrganisation?.timeZone;
  const versions = [...survey.versions].sort((a, b) => b.version - a.version);
  return (
    <Table
      caption={t('surveys.versions.caption', { total: versions.length })}
      captionHidden
      rows={versions}
      rowKey={(v) => String(v.version)}
      empty={t('list.empty')}
      columns={[
        {
          key: 'version',
          header: t('surveys.field.version'),
          rowHeader: true,
          cell: (v) =>
            v.version === survey.version
              ? t('surveys.versions.current', { version: v.version })
              : format.number(v.version),
        },
        {
          key: 'created',
          header: t('surveys.versions.created'),
          cell: (v) => format.dateTime(v.createdAt, zone),
        },
        {
          key: 'published',
          header: t('surveys.versions.published'),
          cell: (v) => (v.publishedAt ? format.dateTime(v.publishedAt, zone) : t('surveys.never')),
        },
        {
          key: 'responses',
          header: t('surveys.field.responses'),
          cell: (v) => format.number(v.responses),
        },
      ]}
    />
  );
}
