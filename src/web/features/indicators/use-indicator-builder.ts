import { useEffect, useState } from 'react';
import type { UiLanguage } from '../../../core/common/languages.ts';
import type { IndicatorSource } from '../../../core/indicators/model.ts';
import { ApiError, isApiError } from '../../lib/api.ts';
import type { MessageKey } from '../../lib/i18n.tsx';
import type { IndicatorCatalog } from '../../../shared/schemas/indicators.ts';
import { checkDraft, domId, filterRef, placeIssues } from './builder-issues.ts';
import { newFilter, type Draft, type DraftFilter, type DraftIssue } from './builder-model.ts';
import { fieldOf, sourceOf } from './catalog.ts';

export const SUMMARY_ID = 'ib-summary';

/** The control to focus for an id: itself, the first (invalid) control of a fieldset, or of a group whose controls' ids start with it. */
function focusableOf(id: string): HTMLElement | null {
  const element = document.getElementById(id);
  if (element && element.tagName !== 'FIELDSET') return element;
  if (element)
    return element.querySelector<HTMLElement>('[aria-invalid="true"], input, select, textarea');
  return document.querySelector<HTMLElement>(`[id^="${id}-"]`);
}

/**
 * State of the indicator builder: the draft, its field issues (the page's own checks and
 * the server's, placed on the fields), the pending flag, a polite announcement after adding
 * or removing a filter, and where the focus goes next (the first invalid field after a
 * refusal, else the summary).
 */
export function useIndicatorBuilder(
  initial: Draft,
  catalog: IndicatorCatalog | undefined,
  isNew: boolean,
) {
  const [draft, setDraft] = useState(initial);
  const [issues, setIssues] = useState<DraftIssue[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [pending, setPending] = useState<'save' | 'preview' | null>(null);
  const [announcement, setAnnouncement] = useState<{ key: MessageKey; n: number } | null>(null);
  const [focus, setFocus] = useState<{ id: string | null; n: number }>({ id: null, n: 0 });

  useEffect(() => {
    if (!focus.n) return;
    const target = focus.id
      ? focusableOf(focus.id)
      : (document.querySelector<HTMLElement>('.indicator-builder [aria-invalid="true"]') ??
        document.getElementById(SUMMARY_ID));
    target?.focus();
  }, [focus]);

  const hasList = (field: string) => Boolean(fieldOf(catalog, draft.source, field)?.values);
  const clear = (...refs: string[]) =>
    setIssues((current) => current.filter((issue) => !refs.includes(issue.ref)));
  const focusOn = (id: string | null) => setFocus((f) => ({ id, n: f.n + 1 }));
  const updateFilter = (uid: string, change: Partial<DraftFilter>) =>
    setDraft((d) => ({
      ...d,
      filters: d.filters.map((f) => (f.uid === uid ? { ...f, ...change } : f)),
    }));
  const fail = (failure: ApiError, placed: DraftIssue[]) => {
    setIssues(placed);
    setError(failure);
    focusOn(null);
  };

  /** Runs `handler` after the page's checks; a refusal's issues land on the fields. */
  async function run(handler: () => Promise<void>, kind: 'save' | 'preview') {
    if (pending) return;
    const own = checkDraft(draft, hasList, {
      isNew,
      definitionOnly: kind === 'preview',
    });
    if (own.length) return fail(new ApiError(0, 'VALIDATION_FAILED'), own);
    setPending(kind);
    setIssues([]);
    setError(null);
    try {
      await handler();
    } catch (caught) {
      const failure = isApiError(caught) ? caught : new ApiError(0, 'CLIENT_ERROR');
      const placed = placeIssues(draft, failure.issues);
      if (failure.code === 'INDICATOR_CODE_TAKEN')
        placed.push({ ref: 'code', code: 'taken', params: failure.params });
      fail(failure, placed);
    } finally {
      setPending(null);
    }
  }

  return {
    draft,
    issues,
    error,
    saving: pending === 'save',
    previewing: pending === 'preview',
    announcement,
    hasList,
    issueOf: (ref: string) => issues.find((issue) => issue.ref === ref),
    set<K extends 'code' | 'unit' | 'measure' | 'distinctField' | 'breakdowns'>(
      key: K,
      value: Draft[K],
    ) {
      setDraft((d) => ({ ...d, [key]: value }));
      clear(key);
    },
    setText(group: 'labels' | 'description', lang: UiLanguage, value: string) {
      setDraft((d) => ({ ...d, [group]: { ...d[group], [lang]: value } }));
      clear(`${group}.${lang}`);
    },
    /** A new source keeps what still fits it: the measure, filters and breakdowns. */
    setSource(source: IndicatorSource) {
      const entry = sourceOf(catalog, source);
      const fits = (key: string, flag: 'filter' | 'breakdown' | 'distinct') =>
        Boolean(entry?.fields.find((field) => field.key === key)?.[flag]);
      setDraft((d) => ({
        ...d,
        source,
        measure: entry?.measures.includes(d.measure) ? d.measure : (entry?.measures[0] ?? 'count'),
        distinctField: fits(d.distinctField, 'distinct') ? d.distinctField : '',
        filters: d.filters.filter((f) => !f.field || fits(f.field, 'filter')),
        breakdowns: d.breakdowns.filter((key) => fits(key, 'breakdown')),
      }));
      clear('source', 'measure', 'distinctField', 'breakdowns');
    },
    addFilter() {
      const filter = newFilter();
      setDraft((d) => ({ ...d, filters: [...d.filters, filter] }));
      clear('filters');
      setAnnouncement({ key: 'indicators.filter.added', n: draft.filters.length + 1 });
      focusOn(domId(filterRef(filter.uid, 'field')));
    },
    removeFilter(uid: string) {
      const index = draft.filters.findIndex((f) => f.uid === uid);
      const rest = draft.filters.filter((f) => f.uid !== uid);
      setDraft((d) => ({ ...d, filters: d.filters.filter((f) => f.uid !== uid) }));
      clear(filterRef(uid, 'field'), filterRef(uid, 'values'));
      setAnnouncement({ key: 'indicators.filter.removed', n: index + 1 });
      const next = rest[Math.min(index, rest.length - 1)];
      focusOn(next ? domId(filterRef(next.uid, 'field')) : 'ib-add-filter');
    },
    setFilterField(uid: string, field: string) {
      updateFilter(uid, { field, values: [], text: '' });
      clear(filterRef(uid, 'field'), filterRef(uid, 'values'));
    },
    setFilterValues(uid: string, change: Pick<DraftFilter, 'values'> | Pick<DraftFilter, 'text'>) {
      updateFilter(uid, change);
      clear(filterRef(uid, 'values'));
    },
    save: (handler: (draft: Draft) => Promise<void>) => run(() => handler(draft), 'save'),
    preview: (handler: (draft: Draft) => Promise<void>) => run(() => handler(draft), 'preview'),
    /** Moves the focus to a field named in the summary. */
    focusField: (ref: string) => focusOn(domId(ref)),
  };
}

export type IndicatorBuilderState = ReturnType<typeof useIndicatorBuilder>;
