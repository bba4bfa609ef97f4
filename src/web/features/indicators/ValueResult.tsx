import { ProtectionNote } from '../../components/ProtectionNote.tsx';
import { Alert } from '../../components/Alert.tsx';
import { Table } from '../../components/Table.tsx';
import { isApiError } from '../../lib/api.ts';
import { describeError } from '../../lib/errors.ts';
import { useI18n } from '../../lib/i18n.tsx';
import type { IndicatorValue } from '../../../shared/schemas/indicators.ts';

type Group = IndicatorValue['groups'][number];

/** A plain date (YYYY-MM-DD) in the UI language, without any time zone shift. */
export function useDateText() {
  const { format } = useI18n();
  return (date: string) => format.date(`${date}T12:00:00Z`, 'UTC');
}

/** A decorative bar, as wide as the group's share of the largest group. */
function Bar({ value, max }: { value: number; max: number }) {
  const width = max > 0 ? Math.max(0, (value / max) * 100) : 0;
  return (
    <svg className="indicator-bar" aria-hidden="true" focusable="false" width="100%" height="14">
      <rect className="indicator-bar__track" x="0" y="0" width="100%" height="14" />
      {width > 0 ? (
        <rect className="indicator-bar__fill" x="0" y="0" width={`${width}%`} height="14" />
      ) : null}
    </svg>
  );
}

/**
 * The indicator's value for the period: the total (announced when it changes) and, with a
 * breakdown, a table of the groups. Each row carries a bar for the eye; the table's figures
 * are what counts (the bars are hidden from screen readers).
 */
export function ValueResult({
  result,
  unit,
  breakdownName,
  busy,
}: {
  result: IndicatorValue;
  unit: string;
  breakdownName: string | null;
  busy: boolean;
}) {
  const { t, format } = useI18n();
  const dateText = useDateText();
  const max = Math.max(0, ...result.groups.map((group) => group.value));
  return (
    <>
      <p className="indicator-total" aria-live="polite" aria-atomic="true">
        <span className="indicator-total__label">
          {t('indicators.value.total', { from: dateText(result.from), to: dateText(result.to) })}
        </span>{' '}
        <strong className="indicator-total__figure" data-testid="indicator-total">
          {format.number(result.value)}
        </strong>{' '}
        <span className="indicator-total__unit">{unit}</span>
      </p>
      {result.suppressed ? (
        <p className="indicator-note">{t('indicators.value.suppressed')}</p>
      ) : result.hiddenGroups > 0 ? (
        <p className="indicator-note">
          {t('indicators.value.hiddenGroups', { count: result.hiddenGroups })}
        </p>
      ) : null}
      {result.protection ? <ProtectionNote protection={result.protection} /> : null}
      {breakdownName ? (
        <Table<Group>
          caption={t('indicators.value.groupsCaption', { breakdown: breakdownName })}
          busy={busy}
          rows={result.groups}
          rowKey={(group) => group.key ?? '\u0000none'}
          empty={t('indicators.value.noGroups')}
          columns={[
            {
              key: 'group',
              header: breakdownName,
              rowHeader: true,
              cell: (group) => group.label || t('indicators.value.noValue'),
            },
            {
              key: 'value',
              header: t('indicators.value.header', { unit }),
              className: 'indicator-groups__value',
              cell: (group) => (
                <>
                  <span className="indicator-groups__figure">{format.number(group.value)}</span>
                  <Bar value={group.value} max={max} />
                </>
              ),
            },
          ]}
        />
      ) : null}
    </>
  );
}

const PARAM_NAMES = {
  from: 'indicators.period.from',
  to: 'indicators.period.to',
  breakdown: 'indicators.value.breakdown',
} as const;

/** A refused or failed evaluation: the error and, for a refused period, what is wrong with it. */
export function ValueError({ error }: { error: unknown }) {
  const i18n = useI18n();
  const { t, tDynamic } = i18n;
  if (!error) return null;
  const issues = isApiError(error) ? error.issues : [];
  return (
    <Alert tone="error" title={describeError(i18n, error)}>
      {issues.length ? (
        <ul>
          {issues.map((issue, index) => {
            const name = PARAM_NAMES[issue.path as keyof typeof PARAM_NAMES];
            const message = tDynamic(`issue.${issue.code}`, issue.params, t('form.invalidField'));
            return <li key={index}>{name ? `${t(name)}: ${message}` : message}</li>;
          })}
        </ul>
      ) : null}
    </Alert>
  );
}
