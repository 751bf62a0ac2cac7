// The query cache in IndexedDB, one key per namespace (see persistence.ts). Writes are
// throttled, because the cache changes with every page of a list; `flush` writes what is
// pending at once, so leaving or reloading the page right after a load loses nothing.
import type { PersistedClient, Persister } from '@tanstack/react-query-persist-client';
import { createStore, del, get, promisifyRequest, type UseStore } from 'idb-keyval';
import {
  boundClient,
  CACHE_MAX_AGE_MS,
  CACHE_MAX_CHARS,
  cacheKey,
  dropExpired,
  type CacheMode,
} from './persistence';

/** Where earlier versions kept one cache for every API and the sample alike. */
const LEGACY_KEY = 'citescope-query-cache';
const THROTTLE_MS = 2_000;

/**
 * Puts `value` and commits at once. A write started as the page goes away must not wait for the
 * page to see its request succeed (it may be gone by then): without the explicit commit, Chromium
 * dropped the flush on reload whenever the machine was busy.
 */
function putNow(key: string, value: string, store: UseStore): Promise<void> {
  return store('readwrite', (objects) => {
    objects.put(value, key);
    objects.transaction.commit();
    return promisifyRequest(objects.transaction);
  });
}

export interface CachePersister extends Persister {
  /** Writes the latest cache now instead of at the end of the throttle interval. */
  flush(): Promise<void>;
}

export interface CachePersisterOptions {
  readonly baseUrl: string;
  readonly mode: CacheMode;
  readonly store?: UseStore;
  readonly maxChars?: number;
  readonly throttleMs?: number;
}

export function createCachePersister({
  baseUrl,
  mode,
  store = createStore('citescope', 'cache'),
  maxChars = CACHE_MAX_CHARS,
  throttleMs = THROTTLE_MS,
}: CachePersisterOptions): CachePersister {
  const key = cacheKey(baseUrl, mode);
  // Its live and sample papers cannot be told apart: drop it rather than show either as the other.
  void del(LEGACY_KEY, store).catch(() => undefined);

  let pending: PersistedClient | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastWriteAt = -Infinity;

  const write = async (): Promise<void> => {
    const client = pending;
    pending = undefined;
    lastWriteAt = Date.now();
    if (!client) return;
    const kept = boundClient(dropExpired(client, Date.now(), CACHE_MAX_AGE_MS), maxChars);
    try {
      await putNow(key, JSON.stringify(kept), store);
    } catch (error) {
      // A full or closed database must not break the app: the cache is an optimisation.
      console.warn('The cache could not be saved.', error);
    }
  };
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };

  return {
    async persistClient(client) {
      pending = client;
      if (timer !== undefined) return;
      const wait = lastWriteAt + throttleMs - Date.now();
      if (wait <= 0) {
        await write();
        return;
      }
      timer = setTimeout(() => {
        timer = undefined;
        void write();
      }, wait);
    },
    flush() {
      cancel();
      return write();
    },
    async restoreClient() {
      const stored = await get<string>(key, store);
      if (stored === undefined) return undefined;
      return dropExpired(JSON.parse(stored) as PersistedClient, Date.now(), CACHE_MAX_AGE_MS);
    },
    async removeClient() {
      cancel();
      pending = undefined;
      await del(key, store);
    },
  };
}

/**
 * Flushes the cache when the page is hidden or left (`pagehide` covers reloads and the
 * back-forward cache; a hidden tab may be discarded without another event). Returns the unbinding.
 */
export function flushWhenHidden(
  persister: CachePersister,
  page: EventTarget = window,
  doc: EventTarget & { readonly visibilityState: DocumentVisibilityState } = document,
): () => void {
  const flush = () => void persister.flush();
  const onVisibility = () => {
    if (doc.visibilityState === 'hidden') flush();
  };
  page.addEventListener('pagehide', flush);
  doc.addEventListener('visibilitychange', onVisibility);
  return () => {
    page.removeEventListener('pagehide', flush);
    doc.removeEventListener('visibilitychange', onVisibility);
  };
}
