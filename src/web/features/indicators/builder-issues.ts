import { UI_LANGUAGES, type UiLanguage } from '../../../core/common/languages.ts';
import type { FieldIssue } from '../../lib/api.ts';
import { valuesOf, type Draft, type DraftIssue } from './builder-model.ts';

/** The reference of a filter row's field or values. */
export const filterRef = (uid: string, part: 'field' | 'values') => `filter:${uid}.${part}`;

/** The DOM id of the control (or group) a reference names. */
export const domId = (reference: string) => `ib-${reference.replace(/[^A-Za-z0-9_-]/g, '-')}`;

const SIMPLE = ['code', 'unit', 'source', 'measure', 'distinctField'];
const isLang = (value: string | undefined): value is UiLanguage =>
  UI_LANGUAGES.includes(value as UiLanguage);

/**
 * What the page sees for itself before saving (`definitionOnly` for a preview): a missing
 * code, name, unit, distinct field, or a filter row without field or values.
 */
export function checkDraft(
  draft: Draft,
  hasList: (field: string) => boolean,
  options: { isNew: boolean; definitionOnly?: boolean },
): DraftIssue[] {
  const issues: DraftIssue[] = [];
  const required = (ref: string) => issues.push({ ref, code: 'required' });
  if (!options.definitionOnly) {
    if (options.isNew && !draft.code.trim()) required('code');
    for (const lang of UI_LANGUAGES) if (!draft.labels[lang].trim()) required(`labels.${lang}`);
    if (!draft.unit) required('unit');
  }
  if (draft.measure === 'count_distinct' && !draft.distinctField) required('distinctField');
  for (const filter of draft.filters) {
    if (!filter.field) required(filterRef(filter.uid, 'field'));
    else if (valuesOf(filter, hasList(filter.field)).length === 0)
      required(filterRef(filter.uid, 'values'));
  }
  return issues;
}

/**
 * The server's field issues (`labels.fr`, `filters.0.values.2`, `breakdowns.1`) placed on
 * the builder's fields of `draft`, the draft that was sent. Anything else keeps its path
 * and shows in the summary only.
 */
export function placeIssues(draft: Draft, issues: readonly FieldIssue[]): DraftIssue[] {
  return issues.map((issue) => {
    const [head = '', second, third] = issue.path.split('.');
    let ref = issue.path;
    if (SIMPLE.includes(head)) ref = head;
    else if ((head === 'labels' || head === 'description') && (isLang(second) || !second))
      ref = `${head}.${second ?? 'nl'}`;
    else if (head === 'breakdowns') ref = 'breakdowns';
    else if (head === 'filters') {
      const row = second === undefined ? undefined : draft.filters[Number(second)];
      ref = row ? filterRef(row.uid, third === 'values' ? 'values' : 'field') : 'filters';
    }
    return { ref, code: issue.code, params: issue.params };
  });
}

/** Whether a reference names a field of the builder (else the issue goes to the summary). */
export function isPlaced(draft: Draft, ref: string): boolean {
  if (SIMPLE.includes(ref) || ref === 'breakdowns' || ref === 'filters') return true;
  const [head, lang] = ref.split('.');
  if ((head === 'labels' || head === 'description') && isLang(lang)) return true;
  return draft.filters.some(
    (f) => ref === filterRef(f.uid, 'field') || ref === filterRef(f.uid, 'values'),
  );
}
