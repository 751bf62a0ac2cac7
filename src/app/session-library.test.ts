import { describe, expect, it } from 'vitest';
import { createCollection, type Collection } from '../domain/collection';
import { EMPTY_LOG, type ExplorationLog, type LogEntry } from '../domain/exploration-log';
import { toPaperId } from '../domain/paper';
import { memoryLibrary, memoryLogLibrary } from './collection-library';
import type { CollectionLibrary } from './collections-slice';
import type { LogLibrary } from './log-slice';
import { createSessionStore } from './session-store';

const memory = () => {
  const kept = new Map<string, string>();
  return {
    getItem: (key: string) => kept.get(key) ?? null,
    setItem: (key: string, value: string) => void kept.set(key, value),
    removeItem: (key: string) => void kept.delete(key),
  };
};
const seed = toPaperId('a'.repeat(40));
const collection = (id: string, at: number): Collection =>
  createCollection({ id, name: `Review ${id}`, seeds: [seed], now: new Date(at) });
const step = (summary: string): LogEntry => ({
  at: new Date(0).toISOString(),
  kind: 'filter',
  summary,
  url: '?paper=x',
  shown: null,
});

describe('collections in the session store', () => {
  it('writes each edit through to the library before showing it, latest first', async () => {
    const library = memoryLibrary();
    const store = createSessionStore(memory(), library, memoryLogLibrary());
    await store.getState().loadLibrary();
    expect(store.getState().collections).toEqual([]);
    await store.getState().putCollection(collection('a', 1));
    await store.getState().putCollection(collection('b', 2));
    expect(store.getState().collections?.map((c) => c.id)).toEqual(['b', 'a']);
    expect((await library.list()).collections.map((c) => c.id)).toEqual(['b', 'a']);
    store.getState().setActiveCollection('a');
    await store.getState().removeCollection('a');
    expect(store.getState().activeCollection).toBeNull();
    expect((await library.list()).collections.map((c) => c.id)).toEqual(['b']);
  });

  it('keeps the list as it was and says why when a write fails', async () => {
    const refusing: CollectionLibrary = {
      ...memoryLibrary(),
      save: () => Promise.reject(new Error('The quota is full.')),
    };
    const store = createSessionStore(memory(), refusing, memoryLogLibrary());
    await store.getState().loadLibrary();
    expect(await store.getState().putCollection(collection('a', 1))).toBe(false);
    expect(store.getState().collections).toEqual([]);
    expect(store.getState().libraryProblem).toBe('Could not save “Review a”: The quota is full.');
  });
});

describe('the exploration log in the session store', () => {
  it('keeps steps taken while a stored log is read, after the stored ones', async () => {
    let release: (log: ExplorationLog) => void = () => undefined;
    const saved: ExplorationLog[] = [];
    const slow: LogLibrary = {
      load: () =>
        new Promise((done) => {
          release = (log) => done({ log, unreadable: 0 });
        }),
      save: (_key, log) => {
        saved.push(log);
        return Promise.resolve();
      },
      remove: () => Promise.resolve(),
    };
    const store = createSessionStore(memory(), memoryLibrary(), slow);
    const opened = store.getState().openLog('a');
    store.getState().appendLog(step('while reading'));
    release({ entries: [step('stored')], dropped: 0 });
    await opened;
    expect(store.getState().log.entries.map((e) => e.summary)).toEqual(['stored', 'while reading']);
    expect(saved.at(-1)?.entries).toHaveLength(2);
  });

  it('replaces the last step when asked of it, and fills in what a view showed', async () => {
    const store = createSessionStore(memory(), memoryLibrary(), memoryLogLibrary());
    await store.getState().openLog('session');
    store.getState().appendLog(step('Text “tra”'));
    store.getState().appendLog(step('Text “transformer”'), (last) => last?.kind === 'filter');
    store.getState().recordShownInLog('?paper=x', { papers: 5, references: 2, citations: 2 });
    const { log } = store.getState();
    expect(log.entries.map((e) => e.summary)).toEqual(['Text “transformer”']);
    expect(log.entries[0]?.shown).toEqual({ papers: 5, references: 2, citations: 2 });
    expect(log).not.toBe(EMPTY_LOG);
  });
});
