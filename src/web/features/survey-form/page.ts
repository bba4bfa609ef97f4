import { useEffect, useRef } from 'react';

/**
 * A ref for a step's heading that takes keyboard and screen-reader focus when the step
 * appears, so every new step is announced from its heading.
 */
export function useHeadingFocus<T extends HTMLElement = HTMLHeadingElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}

/** The window title of the screen shown (in the form's language). */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
