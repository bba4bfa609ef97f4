import { useId, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { Alert } from '../../components/Alert.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Select } from '../../components/Select.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { todayIn } from '../../../core/contacts/dates.ts';
import { useI18n } from '../../lib/i18n.tsx';
import { useApiQuery } from '../../lib/query.ts';
import { useRequiredSession, useSession } from '../../lib/session.tsx';
import type { IndicatorDto, IndicatorValue } from '../../../shared/schemas/indicators.ts';
import { useIndicatorCatalog } from './catalog.ts';
import { DeleteIndicator } from './DeleteIndicator.tsx';
import { useIndicatorText } from './describe.ts';
import { IndicatorDetails } from './IndicatorDetails.tsx';
import { PeriodPicker } from './PeriodPicker.tsx';
import { useValueParams } from './period.ts';
import { ValueError, ValueResult } from './ValueResult.tsx';

/**
 * /indicators/values/:code: what the indicator counts, and its value for a period (this
 * year up to today by default) with one of its breakdowns; own indicators can be edited
 * and deleted by org admins.
 */
export function IndicatorValuePage() {
  const { t } = useI18n();
  const text = useIndicatorText();
  const id = useId();
  const code = useParams().code ?? '';
  const { can } = useSession();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const timeZone = useRequiredSession().currentOrganisation?.timeZone ?? 'Europe/Brussels';
  const [today] = useState(() => todayIn(timeZone, new Date()));
  const params = useValueParams(today);
  const list = useApiQuery<{ items: IndicatorDto[] }>('/api/indicators');
  const catalog = useIndicatorCatalog();
  const indicator = list.data?.items.find((item) => item.code === code);
  const breakdown = indicator?.breakdowns.includes(params.breakdown) ? params.breakdown : '';
  const value = useApiQuery<IndicatorValue>(
    indicator ? `/api/indicators/values/${encodeURIComponent(code)}` : null,
    { ...params.period, breakdown },
  );
  const back = (
    <p className="indicator-back">
      <Link to="/indicators">{t('indicators.backToList')}</Link>
    </p>
  );

  if (!indicator)
    return (
      <>
        <PageHeader title={list.data ? t('indicators.notFound') : t('app.loading')} />
        <ErrorAlert error={list.error} />
        {list.data || list.error ? back : <Spinner />}
      </>
    );

  const label = text.label(indicator);
  const mine = !indicator.builtIn && indicator.id && can('indicators.manage');
  // Never show the figures of another period or breakdown than the one asked.
  const data = value.error ? undefined : value.data;
  const shown =
    data && (data.code ?? code) === code && (data.breakdown ?? '') === breakdown ? data : null;
  return (
    <>
      {back}
      <PageHeader
        title={label}
        intro={text.description(indicator) || undefined}
        actions={
          mine ? (
            <div className="row-actions">
              <Link className="button button--secondary" to={`/indicators/${indicator.id}/edit`}>
                {t('action.edit')}
              </Link>
              <DeleteIndicator id={indicator.id!} label={label} />
            </div>
          ) : null
        }
      />
      {notice ? <Alert tone="success" title={notice} /> : null}
      <section className="card" aria-labelledby={`${id}-def`}>
        <h2 id={`${id}-def`}>{t('indicators.definition')}</h2>
        <IndicatorDetails indicator={indicator} catalog={catalog.data} />
      </section>
      <section className="card indicator-value" aria-labelledby={`${id}-value`}>
        <h2 id={`${id}-value`}>{t('indicators.value.title')}</h2>
        <PeriodPicker period={params.period} today={today} onChange={params.setPeriod} />
        {indicator.breakdowns.length ? (
          <Select
            id={`${id}-breakdown`}
            label={t('indicators.value.breakdown')}
            className="indicator-narrow"
            value={breakdown}
            emptyOption={t('indicators.value.breakdown.none')}
            options={indicator.breakdowns.map((key) => ({
              value: key,
              label: text.fieldName(key),
            }))}
            onChange={params.setBreakdown}
          />
        ) : null}
        <ValueError error={value.error} />
        {shown ? (
          <ValueResult
            result={shown}
            unit={text.unit(indicator.unit)}
            breakdownName={breakdown ? text.fieldName(breakdown) : null}
            busy={value.loading}
          />
        ) : value.loading ? (
          <Spinner />
        ) : null}
      </section>
    </>
  );
}
