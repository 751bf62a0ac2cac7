// Binds the view to the browser's address and history. Re-centring pushes a history entry
// (so Back and Forward walk the path taken); filter and layout changes replace the current one.
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { formatView, parseView, type ViewState } from './url-codec';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
  };
}

const getSearch = () => window.location.search;

export type SetView = (next: Partial<ViewState>, mode?: 'push' | 'replace') => void;

export function useView(): [ViewState, SetView] {
  const search = useSyncExternalStore(subscribe, getSearch);
  const view = useMemo(() => parseView(search), [search]);
  const setView = useCallback<SetView>((next, mode = 'replace') => {
    const target = formatView({ ...parseView(window.location.search), ...next });
    if (target === window.location.search) return;
    const url = `${window.location.pathname}${target}`;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, []);
  return [view, setView];
}
