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

/** Idle moments under the test's control: `idle()` runs what waited for one. */
function idleMoments() {
  const waiting: (() => void)[] = [];
  return {
    whenIdle: (task: () => void) => void waiting.push(task),
    idle: () => waiting.splice(0).forEach((task) => task()),
  };
}

function throttledPersister() {
  // IndexedDB (fake-indexeddb) schedules with setImmediate, which stays real.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  const moments = idleMoments();
  const persister = createCachePersister({
    baseUrl: BASE,
    mode: 'live',
    store: freshStore(),
    whenIdle: moments.whenIdle,
  });
  return Object.assign(persister, { idle: moments.idle });
}

describe('writing the cache', () => {
  it('writes the first change when the page is next idle, later ones at most every two seconds', async () => {
    const persister = throttledPersister();
    await persister.persistClient(clientWith('first'));
    expect(await storedHashes(persister)).toBeUndefined();
    await persister.persistClient(clientWith('newer'));
    persister.idle();
    await vi.waitFor(async () => {
      expect(await storedHashes(persister)).toEqual(['newer']);
    });

    await persister.persistClient(clientWith('second'));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await storedHashes(persister)).toEqual(['newer']);
    persister.idle();
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
    persister.idle();
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
