import { useT } from '../lib/i18n.tsx';
import { Button } from './Button.tsx';

interface PaginationProps {
  total: number;
  offset: number;
  limit: number;
  onChange(offset: number): void;
}

/** "1–25 of 120" with previous/next buttons; the range is announced politely when it changes. */
export function Pagination({ total, offset, limit, onChange }: PaginationProps) {
  const t = useT();
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + limit, total);
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <p className="pagination__range" aria-live="polite">
        {t('pagination.range', { from, to, total })}
      </p>
      <div className="pagination__buttons">
        <Button
          size="small"
          disabled={offset === 0}
          onClick={() => onChange(Math.max(0, offset - limit))}
        >
          {t('pagination.previous')}
        </Button>
        <Button
          size="small"
          disabled={offset + limit >= total}
          onClick={() => onChange(offset + limit)}
        >
          {t('pagination.next')}
        </Button>
      </div>
    </nav>
  );
}
