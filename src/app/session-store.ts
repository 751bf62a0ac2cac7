// The one owner of session state: what is selected, the snapshot being shown, the path taken,
// the collections and the one being worked in (collections-slice.ts) with its exploration log
// (log-slice.ts), and whether the next
// graph drawn should take keyboard focus. It lives as long as the tab (the
// trail survives a reload through session storage, bounded and guarded); the view itself is the
// URL's, API data the query cache's.
import { createJSONStorage, persist } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ViewSnapshot } from '../graph/snapshot';
import { safeStorage, type KeyValueStorage } from '../ui/safe-storage';
import { browserLibrary, browserLogLibrary } from './collection-library';
import { logSlice, type LogLibrary, type LogState } from './log-slice';
import {
  collectionsSlice,
  type CollectionLibrary,
  type CollectionsState,
} from './collections-slice';
import { arrive, nameStep, type TrailEntry } from './trail';

export interface Selection {
  /** The centre (as named in the URL) the selection belongs to. */
  readonly paper: string;
  readonly key: string;
}

export interface SessionState extends CollectionsState, LogState {
  readonly selection: Selection | null;
  /** An opened snapshot file: shown read-only while the URL names it. */
  readonly snapshot: ViewSnapshot | null;
  readonly trail: readonly TrailEntry[];
  /**
   * Focus was on the graph when it re-centred: the graph drawn for the new centre takes it back
   * (the canvas remounts, so focus would otherwise fall to the page).
   */
  readonly graphFocusPending: boolean;
  readonly select: (paper: string, key: string | null) => void;
  readonly openSnapshot: (snapshot: ViewSnapshot) => void;
  readonly closeSnapshot: () => void;
  /** The history entry `step` shows `paper` (named `title` once it has loaded). */
  readonly arrive: (step: number, paper: string, title: string | null) => void;
  readonly setGraphFocusPending: (pending: boolean) => void;
}

export type SessionStore = StoreApi<SessionState>;

/** Titles are kept for the trail's crumbs only: a hostile 10 MB title must not fill storage. */
export const TRAIL_MAX_TITLE = 300;

const bound = (steps: readonly TrailEntry[]): TrailEntry[] =>
  steps.map(
    (step) =>
      step && {
        paper: step.paper.slice(0, TRAIL_MAX_TITLE),
        title: step.title === null ? null : step.title.slice(0, TRAIL_MAX_TITLE),
      },
  );

function isTrail(value: unknown): value is TrailEntry[] {
  return (
    Array.isArray(value) &&
    value.every(
      (step: unknown) =>
        step === null ||
        (typeof step === 'object' &&
          'paper' in step &&
          typeof step.paper === 'string' &&
          'title' in step &&
          (step.title === null || typeof step.title === 'string')),
    )
  );
}

export function createSessionStore(
  storage: KeyValueStorage = safeStorage(() => window.sessionStorage),
  library: CollectionLibrary = browserLibrary(),
  logs: LogLibrary = browserLogLibrary(),
): SessionStore {
  return createStore<SessionState>()(
    persist(
      (set, get) => ({
        ...collectionsSlice(set, library),
        ...logSlice(set, get, logs),
        selection: null,
        snapshot: null,
        trail: [],
        graphFocusPending: false,
        select: (paper, key) => {
          set({ selection: key === null ? null : { paper, key } });
        },
        openSnapshot: (snapshot) => {
          set({ snapshot, selection: null });
        },
        closeSnapshot: () => {
          set({ snapshot: null });
        },
        arrive: (step, paper, title) => {
          set((state) => {
            const next = arrive(state.trail, step, paper);
            return { trail: bound(title === null ? next : nameStep(next, step, title)) };
          });
        },
        setGraphFocusPending: (pending) => {
          set({ graphFocusPending: pending });
        },
      }),
      {
        name: 'citescope:trail',
        version: 1,
        storage: createJSONStorage(() => storage),
        // Only the trail outlives a reload; a snapshot can be large and is opened again.
        partialize: (state) => ({ trail: state.trail }),
        merge: (persisted, current) => {
          const trail: unknown =
            typeof persisted === 'object' && persisted !== null && 'trail' in persisted
              ? persisted.trail
              : [];
          return { ...current, trail: isTrail(trail) ? bound(trail) : [] };
        },
      },
    ),
  );
}
