// How many rows each Discover list shows: a page at first, a page more at each "Show more", and
// a page again for a new centre (its lists are other papers).
import { useCallback, useState } from 'react';
import { DISCOVER_PAGE, type DiscoverListName } from './discover-list';

type Counts = Partial<Record<DiscoverListName, number>>;

export function useShownCounts(scope: string) {
  const [state, setState] = useState<{ readonly scope: string; readonly counts: Counts }>({
    scope,
    counts: {},
  });
  const counts = state.scope === scope ? state.counts : {};
  const shown = (list: DiscoverListName) => counts[list] ?? DISCOVER_PAGE;
  const showMore = useCallback(
    (list: DiscoverListName) =>
      setState((current) => {
        const base = current.scope === scope ? current.counts : {};
        return {
          scope,
          counts: { ...base, [list]: (base[list] ?? DISCOVER_PAGE) + DISCOVER_PAGE },
        };
      }),
    [scope],
  );
  return { shown, showMore };
}
