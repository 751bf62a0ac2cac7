// The view lives in the browser's address and history. Re-centring and searching push a
// history entry (so Back and Forward walk the path taken); filter, layout and cap changes
// replace the current one — but not on every keystroke or slider step: the new view is shown
// at once and written to the address once input pauses, at most about once a second while it
// goes on (browsers limit history writes; Safari throws after 100 in 30 seconds).
import { formatView, parseView, type ViewState } from './url-codec';

export type ViewChange = Partial<ViewState> | ((view: ViewState) => ViewState);
export type SetView = (next: ViewChange, mode?: 'push' | 'replace') => void;

export interface ViewStore {
  readonly subscribe: (listener: () => void) => () => void;
  readonly getView: () => ViewState;
  /** Which step of the path taken the current history entry is (0 for the first). */
  readonly getStep: () => number;
  readonly setView: SetView;
  /** Writes a pending change to the address now. */
  readonly flush: () => void;
  /** Follows Back and Forward and flushes when the page goes away; returns the undo. */
  readonly connect: () => () => void;
}

export interface WriteTiming {
  /** A replaced view is written once input has paused this long… */
  readonly quietMs: number;
  /** …or once it has been pending this long, whichever comes first. */
  readonly maxWaitMs: number;
}

export const URL_WRITE_TIMING: WriteTiming = { quietMs: 300, maxWaitMs: 1000 };

function stepOf(state: unknown): number {
  if (state && typeof state === 'object' && 'step' in state && typeof state.step === 'number') {
    return state.step;
  }
  return 0;
}

export function createViewStore(win: Window, timing: WriteTiming = URL_WRITE_TIMING): ViewStore {
  const listeners = new Set<() => void>();
  let parsed = { search: win.location.search, view: parseView(win.location.search) };
  /** A view shown but not yet (or just) written, with the address it belongs at. */
  let local: { view: ViewState; search: string } | null = null;
  let timer: number | undefined;
  let pendingSince = 0;

  const notify = () => {
    for (const listener of listeners) listener();
  };
  const fromAddress = (): ViewState => {
    const search = win.location.search;
    if (parsed.search !== search) parsed = { search, view: parseView(search) };
    return parsed.view;
  };
  const getView = (): ViewState => {
    if (local && (timer !== undefined || local.search === win.location.search)) return local.view;
    return fromAddress();
  };
  const url = (search: string) => `${win.location.pathname}${search}${win.location.hash}`;

  const flush = () => {
    if (timer === undefined) return;
    win.clearTimeout(timer);
    timer = undefined;
    if (local && local.search !== win.location.search) {
      win.history.replaceState(win.history.state, '', url(local.search));
    }
  };

  const setView: SetView = (next, mode = 'replace') => {
    const current = getView();
    const view = typeof next === 'function' ? next(current) : { ...current, ...next };
    const search = formatView(view);
    if (mode === 'push') {
      flush();
      if (search === win.location.search) return;
      win.history.pushState({ step: stepOf(win.history.state) + 1 }, '', url(search));
      local = { view, search };
      notify();
      return;
    }
    if (local?.search === search || (!local && search === win.location.search)) return;
    local = { view, search };
    const now = Date.now();
    if (timer === undefined) pendingSince = now;
    else win.clearTimeout(timer);
    const wait = Math.max(0, Math.min(timing.quietMs, timing.maxWaitMs - (now - pendingSince)));
    timer = win.setTimeout(() => {
      flush();
    }, wait);
    notify();
  };

  const onPopState = () => {
    // The entry a pending change belonged to is gone from view: the address wins.
    win.clearTimeout(timer);
    timer = undefined;
    local = null;
    notify();
  };

  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    getView,
    getStep: () => stepOf(win.history.state),
    setView,
    flush,
    connect: () => {
      win.addEventListener('popstate', onPopState);
      // A reload or a closed tab keeps the last change.
      win.addEventListener('pagehide', flush);
      return () => {
        flush();
        win.removeEventListener('popstate', onPopState);
        win.removeEventListener('pagehide', flush);
      };
    },
  };
}
