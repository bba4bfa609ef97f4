import type { ReactNode } from 'react';
import { Pagination } from './Pagination.tsx';
import { Spinner } from './Spinner.tsx';

interface PageLike {
  total: number;
}

interface PagedResultsProps<P extends PageLike> {
  /** The loaded page (kept while the next one loads) and whether a request is running. */
  data: P | undefined;
  loading: boolean;
  offset: number;
  limit: number;
  onOffset(offset: number): void;
  /** Renders the page's table. */
  children(page: P): ReactNode;
}

/** A list's results: its table and the pagination under it, or a spinner on the first load. */
export function PagedResults<P extends PageLike>(props: PagedResultsProps<P>) {
  const { data, loading, offset, limit, onOffset, children } = props;
  if (!data) return loading ? <Spinner /> : null;
  return (
    <>
      {children(data)}
      <Pagination total={data.total} offset={offset} limit={limit} onChange={onOffset} />
    </>
  );
}
