// The page's breakpoints, read in script where CSS alone cannot decide: which panels are tabs,
// and whether the legend folds into a button. Keep them in step with layout.module.css.
import { useSyncExternalStore } from 'react';

/** Below this the filters and the details share a tabbed panel beside (or under) the graph. */
export const TABS_QUERY = '(max-width: 1279px)';
/** Below this the page is one column, the graph first. */
export const PHONE_QUERY = '(max-width: 767px)';

const canMatch = () => typeof window !== 'undefined' && typeof window.matchMedia === 'function';

/** Whether the media query matches now, following the window as it changes. False without one. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (!canMatch()) return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => canMatch() && window.matchMedia(query).matches,
    () => false,
  );
}
