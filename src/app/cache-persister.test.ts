import 'fake-indexeddb/auto';
import type { PersistedClient } from '@tanstack/react-query-persist-client';
import { createStore } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCachePersister, flushWhenHidden } from './cache-persister';

const BASE = 'https://api.example.test/graph/v1';
let storeCount = 0;
const freshStore = () => createStore(`citescope-flush-test-${++storeCount}`, 'cache');

afterEach(() => {
  vi.useRealTimers();
});

/** A cache holding one query, `hash`, fetched now. */
function clientWith(hash: string): PersistedClient {
  return {
    timestamp: Date.now(),
    buster: '',
    clientState: {
      mutations: [],
      queries: [
        {
          queryKey: ['papers', BASE, 'detail', hash],
          queryHash: hash,
          state: { data: hash, dataUpdatedAt: Date.now() },
        },
      ],
    },
  } as unknown as PersistedClient;
}

const storedHashes = async (persister: ReturnType<typeof createCachePersister>) =>
  (await persister.restoreClient())?.clientState.queries.map((query) => query.queryHash);

function throttledPersister() {
  // IndexedDB (fake-indexeddb) schedules with setImmediate, which stays real.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  return createCachePersister({ baseUrl: BASE, mode: 'live', store: freshStore() });
}

describe('writing the cache', () => {
  it('writes the first change at once and later ones at most every two seconds', async () => {
    const persister = throttledPersister();
    await persister.persistClient(clientWith('first'));
    expect(await storedHashes(persister)).toEqual(['first']);

    await persister.persistClient(clientWith('second'));
    expect(await storedHashes(persister)).toEqual(['first']);
    await vi.advanceTimersByTimeAsync(2_000);
    await vi.waitFor(async () => {
      expect(await storedHashes(persister)).toEqual(['second']);
    });
  });

  it('writes what is pending when flushed, without waiting for the interval', async () => {
    const persister = throttledPersister();
    await persister.persistClient(clientWith('first'));
    await persister.persistClient(clientWith('latest'));
    await persister.flush();
    expect(await storedHashes(persister)).toEqual(['latest']);
  });

  it('writes nothing pending after the cache was cleared', async () => {
    const persister = throttledPersister();
    await persister.persistClient(clientWith('first'));
    await persister.persistClient(clientWith('pending'));
    await persister.removeClient();
    await vi.advanceTimersByTimeAsync(2_000);
    await persister.flush();
    expect(await persister.restoreClient()).toBeUndefined();
  });
});

describe('flushWhenHidden', () => {
  const setup = () => {
    const persister = createCachePersister({ baseUrl: BASE, mode: 'live', store: freshStore() });
    const flush = vi.spyOn(persister, 'flush');
    const page = new EventTarget();
    const visibility: { visibilityState: DocumentVisibilityState } = { visibilityState: 'visible' };
    const doc = Object.assign(new EventTarget(), visibility);
    const unbind = flushWhenHidden(persister, page, doc);
    return { flush, page, doc, unbind };
  };

  it('flushes when the page is left or reloaded', () => {
    const { flush, page } = setup();
    page.dispatchEvent(new Event('pagehide'));
    expect(flush).toHaveBeenCalledTimes(1);
  });

  it('flushes when the page becomes hidden, not when it becomes visible', () => {
    const { flush, doc } = setup();
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(flush).not.toHaveBeenCalled();
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(flush).toHaveBeenCalledTimes(1);
  });

  it('stops listening when unbound', () => {
    const { flush, page, unbind } = setup();
    unbind();
    page.dispatchEvent(new Event('pagehide'));
    expect(flush).not.toHaveBeenCalled();
  });
});
