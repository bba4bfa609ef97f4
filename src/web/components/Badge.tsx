import type { ReactNode } from 'react';

/** A small label (status, role); never the only carrier of meaning: it is always text. */
export function Badge({
  tone = 'neutral',
  children,
}: {
  tone?: 'neutral' | 'success' | 'muted' | 'warning';
  children: ReactNode;
}) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
