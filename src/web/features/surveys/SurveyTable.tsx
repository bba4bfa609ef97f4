import { Link } from 'react-router';
import { Table } from '../../components/Table.tsx';
import { textIn } from '../../../core/surveys/model.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { Page } from '../../lib/query.ts';
import type { SurveySummary } from '../../../shared/schemas/surveys.ts';
import { StatusBadge } from './StatusBadge.tsx';

/** The questionnaires of one page of the list, each linking to its detail and results. */
export function SurveyTable({ page, busy }: { page: Page<SurveySummary>; busy: boolean }) {
  const { t, lang, format } = useI18n();
  return (
    <Table
      caption={t('surveys.caption', { total: page.total })}
      busy={busy}
      rows={page.items}
      rowKey={(survey) => survey.id}
      empty={t('surveys.empty')}
      columns={[
        {
          key: 'title',
          header: t('surveys.field.title'),
          rowHeader: true,
          cell: (survey) => (
            <>
              <Link to={`/surveys/${survey.id}`}>{textIn(survey.title, lang)}</Link>
              <span className="cell-sub">
                {survey.slug}
                {survey.template ? ` · ${t('surveys.builtIn')}` : ''}
              </span>
            </>
          ),
        },
        {
          key: 'status',
          header: t('surveys.field.status'),
          cell: (survey) => <StatusBadge status={survey.status} />,
        },
        {
          key: 'version',
          header: t('surveys.field.version'),
          className: 'cell-nowrap',
          cell: (survey) => format.number(survey.version),
        },
        {
          key: 'questions',
          header: t('surveys.field.questions'),
          cell: (survey) => format.number(survey.questions),
        },
        {
          key: 'responses',
          header: t('surveys.field.responses'),
          cell: (survey) => format.number(survey.responses),
        },
        {
          key: 'results',
          header: t('list.actions'),
          className: 'cell-actions',
          cell: (survey) => (
            <Link to={`/surveys/${survey.id}/results`}>
              {t('surveys.results')}
              <span className="visually-hidden"> {textIn(survey.title, lang)}</span>
            </Link>
          ),
        },
      ]}
    />
  );
}
