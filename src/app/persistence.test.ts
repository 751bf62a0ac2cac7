import 'fake-indexeddb/auto';
import { QueryClient } from '@tanstack/react-query';
import {
  persistQueryClientRestore,
  persistQueryClientSave,
  type PersistedClient,
} from '@tanstack/react-query-persist-client';
import { createStore, get, type UseStore } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paperKeys } from '../queries/paper-queries';
import { paper } from '../test-support/papers';
import { createCachePersister } from './cache-persister';
import {
  CACHE_MAX_AGE_MS,
  cacheKey,
  persistOptions,
  serialiseClient,
  type CacheMode,
} from './persistence';

const BASE = 'https://api.example.test/graph/v1';
const DAY = 24 * 60 * 60 * 1000;
const START = Date.UTC(2026, 0, 1);
let storeCount = 0;
const freshStore = () => createStore(`citescope-test-${++storeCount}`, 'cache');

afterEach(() => {
  vi.useRealTimers();
});

const detailKey = (n: number) => paperKeys.detail(BASE, `DOI:10.1/${n}`);

function filledClient() {
  const client = new QueryClient();
  client.setQueryData(detailKey(1), paper(1));
  client.setQueryData(paperKeys.links(BASE, paper(1).id, 'citations', 5000), {
    links: [],
    duplicatesRemoved: 0,
    truncated: false,
    requests: 1,
    next: null,
    complete: true,
  });
  client.setQueryData(paperKeys.search(BASE, 'graphs'), { total: 0, papers: [] });
  return client;
}

/** One visit: what the cache holds for `mode` when the page opens. */
async function restore(store: UseStore, mode: CacheMode = 'live') {
  const queryClient = new QueryClient();
  const persister = createCachePersister({ baseUrl: BASE, mode, store });
  await persistQueryClientRestore({ ...persistOptions(persister), queryClient });
  return queryClient;
}

async function save(store: UseStore, queryClient: QueryClient, mode: CacheMode = 'live') {
  const persister = createCachePersister({ baseUrl: BASE, mode, store });
  await persistQueryClientSave({ ...persistOptions(persister), queryClient });
  await persister.flush();
}

describe('the persisted cache', () => {
  it('brings papers and their lists back after a reload, but not searches', async () => {
    const store = freshStore();
    await save(store, filledClient());
    const restored = await restore(store);
    expect(restored.getQueryData(detailKey(1))).toEqual(paper(1));
    expect(
      restored.getQueryData(paperKeys.links(BASE, paper(1).id, 'citations', 5000)),
    ).toMatchObject({ complete: true, requests: 1 });
    expect(restored.getQueryData(paperKeys.search(BASE, 'graphs'))).toBeUndefined();
  });

  it('forgets everything older than its maximum age', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(START);
    const store = freshStore();
    await save(store, filledClient());
    vi.setSystemTime(START + CACHE_MAX_AGE_MS + 1);
    expect((await restore(store)).getQueryCache().getAll()).toHaveLength(0);
  });

  it('expires each paper a week after it was fetched, however often the user returns', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(START);
    const store = freshStore();
    await save(store, filledClient());
    // Six days later the user comes back, opens another paper, and the cache is written again.
    vi.setSystemTime(START + 6 * DAY);
    const returning = await restore(store);
    returning.setQueryData(detailKey(2), paper(2));
    await save(store, returning);

    vi.setSystemTime(START + 8 * DAY);
    const restored = await restore(store);
    expect(restored.getQueryData(detailKey(1))).toBeUndefined();
    expect(restored.getQueryData(detailKey(2))).toEqual(paper(2));
  });

  it('does not write papers older than a week that are still in memory', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(START);
    const store = freshStore();
    const longOpen = filledClient();
    vi.setSystemTime(START + 8 * DAY);
    longOpen.setQueryData(detailKey(2), paper(2));
    await save(store, longOpen);

    const stored = JSON.parse(
      (await get<string>(cacheKey(BASE, 'live'), store)) ?? '{}',
    ) as PersistedClient;
    expect(stored.clientState.queries.map((query) => query.queryKey)).toEqual([detailKey(2)]);
  });

  it('keeps the offline sample apart from the live API at the same address', async () => {
    const store = freshStore();
    await save(store, filledClient(), 'demo');
    expect((await restore(store, 'live')).getQueryCache().getAll()).toHaveLength(0);
    expect((await restore(store, 'demo')).getQueryData(detailKey(1))).toEqual(paper(1));
  });

  it('names each namespace by mode and API origin', () => {
    expect(cacheKey(BASE, 'live')).toBe('citescope-query-cache/live/https://api.example.test');
    expect(cacheKey(`${BASE}/other`, 'live')).toBe(cacheKey(BASE, 'live'));
    expect(cacheKey(BASE, 'demo')).not.toBe(cacheKey(BASE, 'live'));
    expect(cacheKey('https://proxy.example.test/s2', 'live')).not.toBe(cacheKey(BASE, 'live'));
  });

  it('can be cleared', async () => {
    const store = freshStore();
    const persister = createCachePersister({ baseUrl: BASE, mode: 'live', store });
    await persistQueryClientSave({ ...persistOptions(persister), queryClient: filledClient() });
    await persister.removeClient();
    expect(await persister.restoreClient()).toBeUndefined();
  });
});

describe('serialiseClient', () => {
  const query = (key: string, updatedAt: number, data: unknown) => ({
    queryKey: ['papers', BASE, 'detail', key],
    queryHash: key,
    state: { data, dataUpdatedAt: updatedAt },
  });
  const clientOf = (...queries: ReturnType<typeof query>[]) =>
    ({
      timestamp: 7,
      buster: 'b',
      clientState: { mutations: [], queries },
    }) as unknown as PersistedClient;
  const hashes = (json: string) =>
    (JSON.parse(json) as PersistedClient).clientState.queries.map((q) => q.queryHash);

  it('keeps the most recently fetched queries that fit the budget', () => {
    const client = clientOf(
      query('old', 1, 'x'.repeat(1000)),
      query('new', 3, 'x'.repeat(1000)),
      query('mid', 2, 'x'.repeat(1000)),
    );
    expect(hashes(serialiseClient(client, 2500))).toEqual(['new', 'mid']);
  });

  it('round-trips the client, data with "$" patterns included', () => {
    const client = clientOf(query('p', 1, { title: "$& $' $$ costs", links: [{ id: 'a' }] }));
    const parsed = JSON.parse(serialiseClient(client, 1_000_000)) as PersistedClient;
    expect(parsed).toEqual(client);
  });

  it('serialises the same data once however often the client is written', () => {
    let serialised = 0;
    const list = { toJSON: () => ((serialised += 1), { links: ['a', 'b'] }) };
    const memo = new WeakMap<object, string>();
    const first = serialiseClient(clientOf(query('list', 1, list)), 1_000_000, memo);
    const second = serialiseClient(clientOf(query('list', 2, list)), 1_000_000, memo);
    expect(serialised).toBe(1);
    expect(JSON.parse(second)).toMatchObject({
      clientState: { queries: [{ state: { data: { links: ['a', 'b'] }, dataUpdatedAt: 2 } }] },
    });
    expect(first).not.toEqual(second);
  });
});
