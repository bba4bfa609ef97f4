import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export const PAGE_SIZE = 25;

/**
 * Search, filters and paging of a list page kept in the URL (?q=…&offset=…), so reload,
 * back and shared links keep the view. Changing a filter goes back to the first page.
 */
export function useListParams<F extends string>(filters: readonly F[]) {
  const [params, setParams] = useSearchParams();
  const offset = Math.max(0, Number(params.get('offset') ?? 0) || 0);
  const q = params.get('q') ?? '';
  const filterKey = filters.map((name) => params.get(name) ?? '').join('\u0000');
  const values = useMemo(() => {
    const parts = filterKey.split('\u0000');
    return Object.fromEntries(filters.map((name, index) => [name, parts[index] ?? ''])) as Record<
      F,
      string
    >;
    // filters is a constant list per page
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filterKey]);

  const update = useCallback(
    (changes: Record<string, string | number | null>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [name, value] of Object.entries(changes)) {
            if (value === null || value === '' || value === 0) next.delete(name);
            else next.set(name, String(value));
          }
          if (!('offset' in changes)) next.delete('offset');
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  return { q, offset, limit: PAGE_SIZE, filters: values, update };
}
