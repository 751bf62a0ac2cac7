// The query cache, kept in IndexedDB between visits: reloading, or re-opening a paper fetched
// before, makes no request, and cached papers open offline. Entries expire after a week, and
// the stored cache is bounded: past the budget the least recently fetched papers are dropped.
import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import type { Query } from '@tanstack/react-query';
import type {
  PersistedClient,
  Persister,
  PersistQueryClientOptions,
} from '@tanstack/react-query-persist-client';
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { PAPER_FRESHNESS } from '../queries/paper-queries';

export const CACHE_MAX_AGE_MS = PAPER_FRESHNESS;
/** About 40 MB of JSON: thousands of papers, well within every browser's IndexedDB quota. */
export const CACHE_MAX_CHARS = 40_000_000;
const CACHE_KEY = 'citescope-query-cache';
/** Bump when the shape of cached data changes: older caches are then discarded. */
const CACHE_VERSION = '1';

const PERSISTED = new Set(['detail', 'citations', 'references', 'interlinks']);

/** Papers and their lists are worth keeping; searches and suggestions are not. */
export function shouldPersist(query: Pick<Query, 'queryKey' | 'state'>): boolean {
  const kind = query.queryKey[2];
  return (
    query.queryKey[0] === 'papers' &&
    typeof kind === 'string' &&
    PERSISTED.has(kind) &&
    query.state.status === 'success'
  );
}

/** Keeps the most recently fetched queries that fit in `maxChars` of JSON. */
export function boundClient(client: PersistedClient, maxChars: number): PersistedClient {
  const queries = [...client.clientState.queries].sort(
    (a, b) => b.state.dataUpdatedAt - a.state.dataUpdatedAt,
  );
  const kept = [];
  let size = 0;
  for (const query of queries) {
    size += JSON.stringify(query).length;
    if (size > maxChars) continue;
    kept.push(query);
  }
  return { ...client, clientState: { ...client.clientState, queries: kept } };
}

export function createCachePersister(
  store: UseStore = createStore('citescope', 'cache'),
  maxChars = CACHE_MAX_CHARS,
): Persister {
  return createAsyncStoragePersister({
    storage: {
      getItem: (key) => get<string>(key, store).then((value) => value ?? null),
      setItem: (key, value: string) => set(key, value, store),
      removeItem: (key) => del(key, store),
    },
    key: CACHE_KEY,
    throttleTime: 2_000,
    serialize: (client) => JSON.stringify(boundClient(client, maxChars)),
  });
}

export function persistOptions(
  persister: Persister,
): Omit<PersistQueryClientOptions, 'queryClient'> {
  return {
    persister,
    maxAge: CACHE_MAX_AGE_MS,
    buster: CACHE_VERSION,
    dehydrateOptions: { shouldDehydrateQuery: shouldPersist },
  };
}
