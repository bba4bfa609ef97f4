import { useCallback, useEffect, useState } from 'react';
import { api, type Query } from './api.ts';

interface Loaded<T> {
  key: string;
  data: T | undefined;
  error: unknown;
}

/**
 * Loads `path` with `query`; reloads when either changes or when `reload()` is called.
 * `loading` is derived (the last answer belongs to another key), so no state is set
 * synchronously inside the effect. The previous data stays visible while reloading.
 */
export function useApiQuery<T>(path: string | null, query: Query = {}) {
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<T>>({ key: '', data: undefined, error: null });
  const queryKey = JSON.stringify(query);
  const key = path === null ? '' : `${path}|${queryKey}|${version}`;

  useEffect(() => {
    if (path === null) return;
    let cancelled = false;
    const requestKey = `${path}|${queryKey}|${version}`;
    api.get<T>(path, JSON.parse(queryKey) as Query).then(
      (data) => !cancelled && setLoaded({ key: requestKey, data, error: null }),
      (error: unknown) =>
        !cancelled && setLoaded((previous) => ({ key: requestKey, data: previous.data, error })),
    );
    return () => {
      cancelled = true;
    };
  }, [path, queryKey, version]);

  const reload = useCallback(() => setVersion((n) => n + 1), []);
  return {
    data: loaded.data,
    error: loaded.key === key ? loaded.error : null,
    loading: path !== null && loaded.key !== key,
    reload,
  };
}

/** A page of a list endpoint. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}
