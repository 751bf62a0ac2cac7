// The query cache in IndexedDB, one key per namespace (see persistence.ts). Writes are
// throttled, because the cache changes with every page of a list, and wait until the page is idle,
// so serialising thousands of papers never competes with drawing them; `flush` writes what is
// pending at once, so leaving or reloading the page right after a load loses nothing.
import type { PersistedClient, Persister } from '@tanstack/react-query-persist-client';
import { createStore, del, get, promisifyRequest, type UseStore } from 'idb-keyval';
import {
  CACHE_MAX_AGE_MS,
  CACHE_MAX_CHARS,
  cacheKey,
  dropExpired,
  serialiseClient,
  type CacheMode,
  type DataJsonMemo,
} from './persistence';

/** Where earlier versions kept one cache for every API and the sample alike. */
const LEGACY_KEY = 'citescope-query-cache';
const THROTTLE_MS = 2_000;
/** A write waits for an idle moment at most this long (a page never idle still gets saved). */
const IDLE_TIMEOUT_MS = 10_000;

/** Runs a task when the page is idle. */
export type IdleScheduler = (task: () => void) => void;

const whenPageIdle: IdleScheduler = (task) => {
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
  } else setTimeout(task, 0);
};

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
  /** When throttled writes run: when the page is idle by default. */
  readonly whenIdle?: IdleScheduler;
}

export function createCachePersister({
  baseUrl,
  mode,
  store = createStore('citescope', 'cache'),
  maxChars = CACHE_MAX_CHARS,
  throttleMs = THROTTLE_MS,
  whenIdle = whenPageIdle,
}: CachePersisterOptions): CachePersister {
  const key = cacheKey(baseUrl, mode);
  // Its live and sample papers cannot be told apart: drop it rather than show either as the other.
  void del(LEGACY_KEY, store).catch(() => undefined);

  let pending: PersistedClient | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** A write is waiting for an idle moment (it writes whatever is pending by then). */
  let idle = false;
  let lastWriteAt = -Infinity;
  const memo: DataJsonMemo = new WeakMap();

  const write = async (): Promise<void> => {
    const client = pending;
    pending = undefined;
    lastWriteAt = Date.now();
    if (!client) return;
    const json = serialiseClient(dropExpired(client, Date.now(), CACHE_MAX_AGE_MS), maxChars, memo);
    try {
      await putNow(key, json, store);
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
    persistClient(client) {
      pending = client;
      if (timer !== undefined || idle) return Promise.resolve();
      const later = () => {
        idle = true;
        whenIdle(() => {
          idle = false;
          void write();
        });
      };
      const wait = lastWriteAt + throttleMs - Date.now();
      if (wait <= 0) later();
      else {
        timer = setTimeout(() => {
          timer = undefined;
          later();
        }, wait);
      }
      return Promise.resolve();
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
