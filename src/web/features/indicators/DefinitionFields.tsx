import { Button } from '../../components/Button.tsx';
import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { Select } from '../../components/Select.tsx';
import { INDICATOR_SOURCES, type IndicatorMeasure } from '../../../core/indicators/model.ts';
import { useT } from '../../lib/i18n.tsx';
import type { IndicatorCatalog } from '../../../shared/schemas/indicators.ts';
import { domId } from './builder-issues.ts';
import { sourceOf } from './catalog.ts';
import { useIndicatorText } from './describe.ts';
import { FilterRow } from './FilterRow.tsx';
import { useIssueText } from './issue-text.ts';
import type { IndicatorBuilderState } from './use-indicator-builder.ts';

/**
 * What the indicator counts, chosen from the catalog (never SQL): the source, one of its
 * measures, the field counted distinct, filters and the breakdowns it may be shown by.
 */
export function DefinitionFields({
  builder,
  catalog,
}: {
  builder: IndicatorBuilderState;
  catalog: IndicatorCatalog;
}) {
  const t = useT();
  const text = useIndicatorText();
  const issueText = useIssueText();
  const { draft } = builder;
  const source = sourceOf(catalog, draft.source);
  const fields = source?.fields ?? [];
  const error = (ref: string) => issueText(builder.issueOf(ref));
  return (
    <>
      <section className="card" aria-labelledby="ib-what">
        <h2 id="ib-what">{t('indicators.builder.what')}</h2>
        <RadioGroup
          id={domId('source')}
          legend={t('indicators.col.source')}
          options={INDICATOR_SOURCES.map((s) => ({ value: s, label: text.source(s) }))}
          value={draft.source}
          onChange={(value) => builder.setSource(value as (typeof INDICATOR_SOURCES)[number])}
          error={error('source')}
          required
        />
        <div className="form-grid indicator-measure">
          <Select
            id={domId('measure')}
            label={t('indicators.col.measure')}
            hint={t('indicators.builder.measure.hint')}
            value={draft.measure}
            options={(source?.measures ?? []).map((m) => ({
              value: m,
              label: text.measureName(m),
            }))}
            onChange={(value) => builder.set('measure', value as IndicatorMeasure)}
            error={error('measure')}
            required
          />
          {draft.measure === 'count_distinct' ? (
            <Select
              id={domId('distinctField')}
              label={t('indicators.builder.distinctField')}
              value={draft.distinctField}
              emptyOption={t('indicators.filter.field.choose')}
              options={fields
                .filter((f) => f.distinct)
                .map((f) => ({ value: f.key, label: text.fieldName(f.key) }))}
              onChange={(value) => builder.set('distinctField', value)}
              error={error('distinctField')}
              required
            />
          ) : null}
        </div>
      </section>
      <section className="card" aria-labelledby="ib-filters" aria-describedby="ib-filters-hint">
        <h2 id="ib-filters">{t('indicators.builder.filters')}</h2>
        <p className="field__hint" id="ib-filters-hint">
          {t('indicators.builder.filters.hint')}
        </p>
        {error('filters') ? <p className="field__error">{error('filters')}</p> : null}
        {draft.filters.map((filter, index) => (
          <FilterRow
            key={filter.uid}
            builder={builder}
            source={source}
            filter={filter}
            index={index}
          />
        ))}
        <p>
          <Button id="ib-add-filter" onClick={builder.addFilter}>
            {t('indicators.filter.add')}
          </Button>
        </p>
      </section>
      <section className="card" aria-labelledby="ib-breakdowns-h">
        <h2 id="ib-breakdowns-h">{t('indicators.col.breakdowns')}</h2>
        <CheckboxGroup
          id={domId('breakdowns')}
          legend={t('indicators.builder.breakdowns')}
          options={fields
            .filter((f) => f.breakdown)
            .map((f) => ({ value: f.key, label: text.fieldName(f.key) }))}
          value={draft.breakdowns}
          onChange={(value) => builder.set('breakdowns', value)}
          error={error('breakdowns')}
        />
      </section>
    </>
  );
}
