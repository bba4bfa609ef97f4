import { Button } from '../../components/Button.tsx';
import { CheckboxGroup } from '../../components/CheckboxGroup.tsx';
import { Select } from '../../components/Select.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useT } from '../../lib/i18n.tsx';
import { domId, filterRef } from './builder-issues.ts';
import type { DraftFilter } from './builder-model.ts';
import type { CatalogSource } from './catalog.ts';
import { useIndicatorText } from './describe.ts';
import { useIssueText } from './issue-text.ts';
import type { IndicatorBuilderState } from './use-indicator-builder.ts';

interface FilterRowProps {
  builder: IndicatorBuilderState;
  source: CatalogSource | undefined;
  filter: DraftFilter;
  index: number;
}

/**
 * One filter: a field (only filterable fields not used by another row) and its values,
 * ticked from the catalog's list, or typed with commas for open fields (ids, question keys).
 */
export function FilterRow({ builder, source, filter, index }: FilterRowProps) {
  const t = useT();
  const text = useIndicatorText();
  const issueText = useIssueText();
  const n = index + 1;
  const taken = new Set(
    builder.draft.filters.filter((f) => f.uid !== filter.uid).map((f) => f.field),
  );
  const fields = (source?.fields ?? []).filter((f) => f.filter && !taken.has(f.key));
  const field = source?.fields.find((f) => f.key === filter.field);
  const fieldRef = filterRef(filter.uid, 'field');
  const valuesRef = filterRef(filter.uid, 'values');
  const known = field?.values ?? null;
  // Values kept from before (a tag since renamed) stay choosable, so saving loses nothing.
  const options = known
    ? [
        ...known.map((v) => ({ value: v.value, label: v.label })),
        ...filter.values
          .filter((value) => !known.some((v) => v.value === value))
          .map((value) => ({ value, label: value })),
      ]
    : [];
  return (
    <fieldset className="fieldset indicator-filter">
      <legend className="field__label">{t('indicators.filter.legend', { n })}</legend>
      <Select
        id={domId(fieldRef)}
        label={t('indicators.filter.field')}
        value={filter.field}
        emptyOption={t('indicators.filter.field.choose')}
        options={fields.map((f) => ({ value: f.key, label: text.fieldName(f.key) }))}
        onChange={(key) => builder.setFilterField(filter.uid, key)}
        error={issueText(builder.issueOf(fieldRef))}
        required
      />
      {!field ? null : known ? (
        <CheckboxGroup
          id={domId(valuesRef)}
          legend={t('indicators.filter.values')}
          options={options}
          value={filter.values}
          onChange={(values) => builder.setFilterValues(filter.uid, { values })}
          error={issueText(builder.issueOf(valuesRef))}
          required
        />
      ) : (
        <TextField
          id={domId(valuesRef)}
          label={t('indicators.filter.values')}
          hint={t('indicators.filter.values.hint')}
          value={filter.text}
          onChange={(value) => builder.setFilterValues(filter.uid, { text: value })}
          error={issueText(builder.issueOf(valuesRef))}
          required
          autoComplete="off"
          spellCheck={false}
        />
      )}
      <p>
        <Button size="small" variant="ghost" onClick={() => builder.removeFilter(filter.uid)}>
          {t('indicators.filter.remove', { n })}
        </Button>
      </p>
    </fieldset>
  );
}
