// The view store, shared with the components that read or change the view.
import { createContext, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import type { ViewState } from './url-codec';
import { createViewStore, type SetView, type ViewStore } from './view-store';

const ViewContext = createContext<ViewStore | null>(null);

export function ViewProvider({ children }: { readonly children: ReactNode }) {
  const [store] = useState(() => createViewStore(window));
  useEffect(() => store.connect(), [store]);
  return <ViewContext value={store}>{children}</ViewContext>;
}

function useViewStore(): ViewStore {
  const store = useContext(ViewContext);
  if (!store) throw new Error('useView must be used inside <ViewProvider>.');
  return store;
}

export function useView(): [ViewState, SetView] {
  const store = useViewStore();
  const view = useSyncExternalStore(store.subscribe, store.getView);
  return [view, store.setView];
}

/** Which step of the path taken the current history entry is. */
export function useHistoryStep(): number {
  const store = useViewStore();
  return useSyncExternalStore(store.subscribe, store.getStep);
}
