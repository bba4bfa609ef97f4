import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';

/** Whether the box scrolls sideways (its content is wider than it), kept up to date. */
function useScrollsSideways(ref: RefObject<HTMLElement | null>): boolean {
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setScrolls(box.scrollWidth > box.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    // The box narrows with the window; the table widens with its data.
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    for (const child of box.children) observer.observe(child);
    return () => observer.disconnect();
  }, [ref]);
  return scrolls;
}

/**
 * The box of a data table: when the table is wider than the screen it scrolls sideways
 * inside this box instead of widening the page. It is a region named by the table's caption
 * and, while it can scroll, a tab stop, so that keyboard users can scroll it with the arrow
 * keys (and know what they scroll); a table that fits adds no tab stop.
 */
export function ScrollRegion({
  labelledBy,
  className,
  children,
}: {
  /** The id of the table's caption. */
  labelledBy: string;
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const scrolls = useScrollsSideways(ref);
  return (
    <div
      ref={ref}
      className={className ? `table-wrap ${className}` : 'table-wrap'}
      role="region"
      aria-labelledby={labelledBy}
      tabIndex={scrolls ? 0 : undefined}
    >
      {children}
    </div>
  );
}

/** Preformatted text (a CSV example) that scrolls in its box like a table, named by `labelledBy`. */
export function ScrollingPre({
  labelledBy,
  className,
  children,
}: {
  labelledBy: string;
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLPreElement>(null);
  const scrolls = useScrollsSideways(ref);
  return (
    <pre
      ref={ref}
      className={className}
      role="region"
      aria-labelledby={labelledBy}
      tabIndex={scrolls ? 0 : undefined}
    >
      {children}
    </pre>
  );
}
