// The URL holds what a shared link must reproduce: the centre paper (any id the parser
// accepts) and whether the offline sample is on. Every re-centring is a history entry.
import { useCallback, useSyncExternalStore } from 'react';

export interface UrlState {
  readonly paper: string | null;
  readonly demo: boolean;
}

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const paper = params.get('paper')?.trim();
  return { paper: paper ? paper : null, demo: params.get('demo') === '1' };
}

export function formatUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.paper) params.set('paper', state.paper);
  if (state.demo) params.set('demo', '1');
  const query = params.toString().replaceAll('%2F', '/').replaceAll('%3A', ':');
  return query ? `?${query}` : '';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
  };
}

const getSearch = () => window.location.search;

export function useUrlState(): [UrlState, (next: Partial<UrlState>) => void] {
  const search = useSyncExternalStore(subscribe, getSearch);
  const state = parseUrlState(search);
  const navigate = useCallback((next: Partial<UrlState>) => {
    const current = parseUrlState(window.location.search);
    const target = formatUrlState({ ...current, ...next });
    if (target === window.location.search) return;
    window.history.pushState(null, '', `${window.location.pathname}${target}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, []);
  return [state, navigate];
}
