// The app's collection and log libraries: IndexedDB in databases of their own (never the query
// cache's),
// or, where a browser offers no IndexedDB (some private modes), memory for this tab — said so
// rather than failing.
import { createStore } from 'idb-keyval';
import type { Collection } from '../domain/collection';
import {
  deleteCollection,
  listCollections,
  saveCollection,
} from '../features/collections/collection-storage';
import { EMPTY_LOG, type ExplorationLog } from '../domain/exploration-log';
import { deleteLog, loadLog, saveLog } from '../features/exploration-log/log-storage';
import type { CollectionLibrary } from './collections-slice';
import type { LogLibrary } from './log-slice';

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

export function browserLogLibrary(): LogLibrary {
  if (typeof indexedDB === 'undefined') return memoryLogLibrary();
  const store = createStore('citescope-log', 'logs');
  return {
    load: (key) => loadLog(store, key),
    save: (key, log) => saveLog(store, key, log),
    remove: (key) => deleteLog(store, key),
  };
}

export function memoryLogLibrary(): LogLibrary {
  const kept = new Map<string, ExplorationLog>();
  return {
    load: (key) => Promise.resolve({ log: kept.get(key) ?? EMPTY_LOG, unreadable: 0 }),
    save: (key, log) => {
      kept.set(key, log);
      return Promise.resolve();
    },
    remove: (key) => {
      kept.delete(key);
      return Promise.resolve();
    },
  };
}
