// Collections as session state: the list the panel shows, which one is open, and the edits,
// each written through to the library (IndexedDB, apart from the query cache) before the list
// changes, so what is shown is what a reload finds. A failed write leaves the list as it was
// and says why.
import type { Collection } from '../domain/collection';
import type { StoredCollections } from '../features/collections/collection-storage';
import type { NewCitationsView } from '../features/collections/collections-types';
import { errorMessage } from '../ui/error-notice';

/** Where collections are kept (IndexedDB in the app; tests pass their own). */
export interface CollectionLibrary {
  readonly list: () => Promise<StoredCollections>;
  readonly save: (collection: Collection) => Promise<void>;
  readonly remove: (id: string) => Promise<void>;
}

export interface CollectionsState {
  /** Null until the library has been read. */
  readonly collections: readonly Collection[] | null;
  readonly unreadableCollections: readonly string[];
  /** The collection the explorer is working in (its seeds open, edits and log go to it). */
  readonly activeCollection: string | null;
  /** The last write that failed, said plainly; cleared by the next success. */
  readonly libraryProblem: string | null;
  readonly loadLibrary: () => Promise<void>;
  /** Saves a new or changed collection, then shows it first. */
  readonly putCollection: (collection: Collection) => Promise<boolean>;
  readonly removeCollection: (id: string) => Promise<boolean>;
  readonly setActiveCollection: (id: string | null) => void;
  /** The last "Check for new citations" of this session, and the papers it found new. */
  readonly whatsNew: WhatsNewState | null;
  readonly setWhatsNew: (state: WhatsNewState | null) => void;
}

export interface WhatsNewState {
  readonly collectionId: string;
  readonly checking: boolean;
  readonly result: NewCitationsView | null;
  /** The new citing papers, marked in the graph of the collection's seeds. */
  readonly ids: ReadonlySet<string>;
}

type Patch = Partial<CollectionsState>;
type Set = (patch: Patch | ((state: CollectionsState) => Patch)) => void;

export function collectionsSlice(set: Set, library: CollectionLibrary): CollectionsState {
  const failed = (what: string, error: unknown) => {
    set({ libraryProblem: `${what}: ${errorMessage(error)}` });
    return false;
  };
  return {
    collections: null,
    unreadableCollections: [],
    activeCollection: null,
    libraryProblem: null,
    loadLibrary: async () => {
      try {
        const stored = await library.list();
        set({ collections: stored.collections, unreadableCollections: stored.unreadable });
      } catch (error) {
        set({ collections: [] });
        failed('Could not read your collections', error);
      }
    },
    putCollection: async (collection) => {
      try {
        await library.save(collection);
      } catch (error) {
        return failed(`Could not save “${collection.name}”`, error);
      }
      set((state) => ({
        libraryProblem: null,
        collections: [
          collection,
          ...(state.collections ?? []).filter((entry) => entry.id !== collection.id),
        ],
      }));
      return true;
    },
    removeCollection: async (id) => {
      try {
        await library.remove(id);
      } catch (error) {
        return failed('Could not delete the collection', error);
      }
      set((state) => ({
        libraryProblem: null,
        collections: (state.collections ?? []).filter((entry) => entry.id !== id),
        activeCollection: state.activeCollection === id ? null : state.activeCollection,
      }));
      return true;
    },
    setActiveCollection: (id) => {
      set({ activeCollection: id });
    },
    whatsNew: null,
    setWhatsNew: (whatsNew) => {
      set({ whatsNew });
    },
  };
}
