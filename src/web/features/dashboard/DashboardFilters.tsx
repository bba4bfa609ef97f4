import { useId } from 'react';
import { CHANNELS, CONTACT_TYPES } from '../../../core/contacts/model.ts';
import {
  BRUSSELS_MUNICIPALITIES,
  municipalityName,
} from '../../../core/reference/municipalities.ts';
import { SERVICE_LANGUAGE_LABELS } from '../../../core/reference/service-languages.ts';
import { THEME_LABELS, THEMES } from '../../../core/reference/themes.ts';
import { Button } from '../../components/Button.tsx';
import { Select, type SelectOption } from '../../components/Select.tsx';
import { useI18n } from '../../lib/i18n.tsx';
import type { Lookups } from './lookups.ts';
import { FILTERS, type FilterName, type Filters } from './params.ts';

const LABEL_KEYS = {
  type: 'export.column.type',
  theme: 'export.column.theme',
  language: 'export.column.language',
  channel: 'export.column.channel',
  locationId: 'export.column.location',
  municipality: 'export.column.municipality',
  tag: 'export.column.tag',
  activityKind: 'export.column.activityKind',
} as const satisfies Record<FilterName, string>;

/** Filters that apply as soon as they change (and live in the URL). */
export function DashboardFilters({
  filters,
  lookups,
  onChange,
  onReset,
}: {
  filters: Filters;
  lookups: Lookups;
  onChange(name: FilterName, value: string): void;
  onReset(): void;
}) {
  const { t, lang } = useI18n();
  const id = useId();
  const byLabel = (a: SelectOption, b: SelectOption) => a.label.localeCompare(b.label, lang);
  const options: Record<FilterName, SelectOption[]> = {
    type: CONTACT_TYPES.map((value) => ({ value, label: t(`contactType.${value}`) })),
    theme: THEMES.map((value) => ({ value, label: THEME_LABELS[value][lang] })),
    language: Object.entries(SERVICE_LANGUAGE_LABELS).map(([value, labels]) => ({
      value,
      label: labels[lang],
    })),
    channel: CHANNELS.map((value) => ({ value, label: t(`channel.${value}`) })),
    locationId: lookups.locations.map((l) => ({ value: l.id, label: l.name })).sort(byLabel),
    municipality: BRUSSELS_MUNICIPALITIES.map((m) => ({
      value: m.nis,
      label: municipalityName(m, lang),
    })).sort(byLabel),
    tag: lookups.tags.map((tag) => ({ value: tag.slug, label: lookups.label('tag', tag.slug) })),
    activityKind: lookups.kinds
      .map((kind) => ({ value: kind.slug, label: lookups.label('activityKind', kind.slug) }))
      .sort(byLabel),
  };
  const chosen = FILTERS.filter((name) => filters[name]).map(
    (name) =>
      `${t(LABEL_KEYS[name])}: ${options[name].find((o) => o.value === filters[name])?.label ?? filters[name]}`,
  );
  const active = chosen.length;

  return (
    <>
      {/* On paper the filters are a line of text. */}
      {active ? <p className="print-only">{chosen.join(' · ')}</p> : null}
      <form
        role="search"
        aria-label={t('dashboard.filters')}
        className="filters filters--stacked card no-print"
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="form-grid form-grid--4">
          {FILTERS.map((name) => {
            const list = options[name];
            // Keep a value from the URL selectable even before its list has loaded.
            const withCurrent =
              filters[name] && !list.some((o) => o.value === filters[name])
                ? [...list, { value: filters[name], label: filters[name] }]
                : list;
            return (
              <Select
                key={name}
                id={`${id}-${name}`}
                label={t(LABEL_KEYS[name])}
                value={filters[name]}
                emptyOption={t('dashboard.filter.all')}
                options={withCurrent}
                onChange={(value) => onChange(name, value)}
              />
            );
          })}
        </div>
        <div className="filters__footer">
          <p className="field__hint" aria-live="polite">
            {t('dashboard.filter.active', { count: active })}
          </p>
          <Button variant="ghost" onClick={onReset} disabled={active === 0}>
            {t('dashboard.filter.reset')}
          </Button>
        </div>
      </form>
    </>
  );
}
