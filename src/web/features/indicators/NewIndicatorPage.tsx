import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { api } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { IndicatorDto } from '../../../shared/schemas/indicators.ts';
import { bodyOf, emptyDraft } from './builder-model.ts';
import { IndicatorBuilder } from './IndicatorBuilder.tsx';
import { valuePath } from './IndicatorTable.tsx';
import { useBuilderPage } from './use-builder-page.ts';

/** /indicators/new: the builder on an empty draft; saved, it opens the new indicator's value. */
export function NewIndicatorPage() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const { today, catalog } = useBuilderPage();
  return (
    <>
      <PageHeader title={t('indicators.new')} intro={t('indicators.builder.intro')} />
      <ErrorAlert error={catalog.error} />
      {catalog.data ? (
        <IndicatorBuilder
          initial={emptyDraft()}
          catalog={catalog.data}
          isNew
          today={today}
          submitLabel={t('indicators.builder.create')}
          onSave={async (draft, hasList) => {
            const saved = await api.post<IndicatorDto>(
              '/api/indicators',
              bodyOf(draft, hasList, true),
            );
            navigate(valuePath(saved.code), {
              state: { notice: t('indicators.created', { label: saved.labels[lang] }) },
            });
          }}
          onCancel={() => navigate('/indicators')}
        />
      ) : catalog.error ? null : (
        <Spinner />
      )}
    </>
  );
}
