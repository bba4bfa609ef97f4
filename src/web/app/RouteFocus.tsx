import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { focusMainHeading } from '../lib/focus.ts';

/** On every route change (not on the first load) focus moves to the new page's <h1>. */
export function RouteFocus() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    focusMainHeading();
  }, [pathname]);
  return null;
}
