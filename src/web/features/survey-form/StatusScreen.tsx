import type { ReactNode } from 'react';
import { useDocumentTitle, useHeadingFocus } from './page.ts';

/** A screen with a title and a sentence: not found, closed, could not load. */
export function StatusScreen({
  title,
  body,
  children,
}: {
  title: string;
  body: string;
  children?: ReactNode;
}) {
  const heading = useHeadingFocus();
  useDocumentTitle(title);
  return (
    <section className="sf-card">
      <h1 ref={heading} tabIndex={-1} className="sf-title">
        {title}
      </h1>
      <p>{body}</p>
      {children}
    </section>
  );
}
