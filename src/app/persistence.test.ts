import 'fake-indexeddb/auto';
import { QueryClient } from '@tanstack/react-query';
import {
  persistQueryClientRestore,
  persistQueryClientSave,
  type PersistedClient,
} from '@tanstack/react-query-persist-client';
import { createStore } from 'idb-keyval';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paperKeys } from '../queries/paper-queries';
import { paper } from '../test-support/papers';
import { boundClient, CACHE_MAX_AGE_MS, createCachePersister, persistOptions } from './persistence';

const BASE = 'https://api.example.test/graph/v1';
let storeCount = 0;
const freshStore = () => createStore(`citescope-test-${++storeCount}`, 'cache');

afterEach(() => {
  vi.useRealTimers();
});

function filledClient() {
  const client = new QueryClient();
  client.setQueryData(paperKeys.detail(BASE, 'DOI:10.1/x'), paper(1));
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

async function saveAndRestore(store = freshStore(), restoreAt?: number) {
  const persister = createCachePersister(store);
  const options = persistOptions(persister);
  await persistQueryClientSave({ ...options, queryClient: filledClient() });
  if (restoreAt !== undefined) vi.setSystemTime(restoreAt);
  const restored = new QueryClient();
  await persistQueryClientRestore({ ...options, queryClient: restored });
  return restored;
}

describe('the persisted cache', () => {
  it('brings papers and their lists back after a reload, but not searches', async () => {
    const restored = await saveAndRestore();
    expect(restored.getQueryData(paperKeys.detail(BASE, 'DOI:10.1/x'))).toEqual(paper(1));
    expect(
      restored.getQueryData(paperKeys.links(BASE, paper(1).id, 'citations', 5000)),
    ).toMatchObject({ complete: true, requests: 1 });
    expect(restored.getQueryData(paperKeys.search(BASE, 'graphs'))).toBeUndefined();
  });

  it('forgets everything older than its maximum age', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2026, 0, 1));
    const restored = await saveAndRestore(
      freshStore(),
      Date.UTC(2026, 0, 1) + CACHE_MAX_AGE_MS + 1,
    );
    expect(restored.getQueryCache().getAll()).toHaveLength(0);
  });

  it('can be cleared', async () => {
    const store = freshStore();
    const persister = createCachePersister(store);
    await persistQueryClientSave({ ...persistOptions(persister), queryClient: filledClient() });
    await persister.removeClient();
    expect(await persister.restoreClient()).toBeUndefined();
  });
});

describe('boundClient', () => {
  const query = (key: string, updatedAt: number, size: number) => ({
    queryKey: ['papers', BASE, 'detail', key],
    queryHash: key,
    state: { data: 'x'.repeat(size), dataUpdatedAt: updatedAt },
  });

  it('keeps the most recently fetched queries that fit the budget', () => {
    const client = {
      timestamp: 0,
      buster: '',
      clientState: {
        mutations: [],
        queries: [query('old', 1, 1000), query('new', 3, 1000), query('mid', 2, 1000)],
      },
    } as unknown as PersistedClient;
    const kept = boundClient(client, 2500).clientState.queries.map((q) => q.queryHash);
    expect(kept).toEqual(['new', 'mid']);
  });
});
