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

/** Which step of the path taken this history entry is (0 for the entry the app opened on). */
export function historyStep(): number {
  const state: unknown = window.history.state;
  if (state && typeof state === 'object' && 'step' in state && typeof state.step === 'number') {
    return state.step;
  }
  return 0;
}

export function useHistoryStep(): number {
  return useSyncExternalStore(subscribe, historyStep);
}

export type SetView = (next: Partial<ViewState>, mode?: 'push' | 'replace') => void;

export function useView(): [ViewState, SetView] {
  const search = useSyncExternalStore(subscribe, getSearch);
  const view = useMemo(() => parseView(search), [search]);
  const setView = useCallback<SetView>((next, mode = 'replace') => {
    const target = formatView({ ...parseView(window.location.search), ...next });
    if (target === window.location.search) return;
    const url = `${window.location.pathname}${target}`;
    if (mode === 'push') window.history.pushState({ step: historyStep() + 1 }, '', url);
    else window.history.replaceState(window.history.state, '', url);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, []);
  return [view, setView];
}
