// The app's collection library: IndexedDB in a database of its own (never the query cache's),
// or, where a browser offers no IndexedDB (some private modes), memory for this tab — said so
// rather than failing.
import { createStore } from 'idb-keyval';
import type { Collection } from '../domain/collection';
import {
  deleteCollection,
  listCollections,
  saveCollection,
} from '../features/collections/collection-storage';
import type { CollectionLibrary } from './collections-slice';

export function browserLibrary(): CollectionLibrary {
  if (typeof indexedDB === 'undefined') return memoryLibrary();
  const store = createStore('citescope-collections', 'collections');
  return {
    list: () => listCollections(store),
    save: (collection) => saveCollection(store, collection),
    remove: (id) => deleteCollection(store, id),
  };
}

/** Collections kept for as long as the tab is open (tests, and browsers without IndexedDB). */
export function memoryLibrary(): CollectionLibrary {
  const kept = new Map<string, Collection>();
  return {
    list: () =>
      Promise.resolve({
        collections: [...kept.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
        unreadable: [],
      }),
    save: (collection) => {
      kept.set(collection.id, collection);
      return Promise.resolve();
    },
    remove: (id) => {
      kept.delete(id);
      return Promise.resolve();
    },
  };
}
