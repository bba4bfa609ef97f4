import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { api } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useApiQuery } from '../../lib/query.ts';
import type { IndicatorDto } from '../../../shared/schemas/indicators.ts';
import { bodyOf, draftOf } from './builder-model.ts';
import { fieldOf } from './catalog.ts';
import { IndicatorBuilder } from './IndicatorBuilder.tsx';
import { valuePath } from './IndicatorTable.tsx';
import { useBuilderPage } from './use-builder-page.ts';

/** /indicators/:id/edit: the builder on an own indicator (its code stays). */
export function EditIndicatorPage() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { today, catalog } = useBuilderPage();
  const query = useApiQuery<IndicatorDto>(`/api/indicators/${encodeURIComponent(id)}`);
  const indicator = query.data?.id === id ? query.data : undefined;

  if (!indicator || !catalog.data)
    return (
      <>
        <PageHeader title={t('indicators.builder.editLoading')} />
        <ErrorAlert error={query.error ?? catalog.error} />
        {query.error || catalog.error ? (
          <Link to="/indicators">{t('indicators.backToList')}</Link>
        ) : (
          <Spinner />
        )}
      </>
    );

  const label = indicator.labels[lang];
  const hasList = (field: string) =>
    Boolean(fieldOf(catalog.data, indicator.source, field)?.values);
  return (
    <>
      <PageHeader
        title={t('indicators.builder.editTitle', { label })}
        intro={t('indicators.builder.editIntro', { code: indicator.code })}
      />
      <IndicatorBuilder
        key={indicator.id}
        initial={draftOf(indicator, hasList)}
        catalog={catalog.data}
        isNew={false}
        today={today}
        submitLabel={t('action.save')}
        onSave={async (draft, listed) => {
          const saved = await api.patch<IndicatorDto>(
            `/api/indicators/${indicator.id}`,
            bodyOf(draft, listed, false),
          );
          navigate(valuePath(saved.code), {
            state: { notice: t('indicators.saved', { label: saved.labels[lang] }) },
          });
        }}
        onCancel={() => navigate(valuePath(indicator.code))}
      />
    </>
  );
}
