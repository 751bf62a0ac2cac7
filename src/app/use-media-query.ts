// The page's breakpoints, read in script where CSS alone cannot decide: which panels are tabs,
// and whether the legend starts folded. Keep it in step with layout.module.css (where 767px
// also makes the page one column, the graph first).
import { useSyncExternalStore } from 'react';

/** Below this the filters and the details share a tabbed panel beside (or under) the graph. */
export const TABS_QUERY = '(max-width: 1279px)';

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
