import 'fake-indexeddb/auto';
import { createStore, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import {
  appendEntry,
  EMPTY_LOG,
  MAX_LOG_ENTRIES,
  recordShown,
  type LogEntry,
} from '../../domain/exploration-log';
import { deleteLog, loadLog, saveLog, SESSION_LOG_KEY } from './log-storage';

let stores = 0;
const freshStore = () => createStore(`citescope-log-test-${++stores}`, 'logs');

const step = (n: number, overrides: Partial<LogEntry> = {}): LogEntry => ({
  at: new Date(Date.UTC(2026, 10, 30, 9, 0, n)).toISOString(),
  kind: 'filter',
  summary: `Step ${n}`,
  url: `https://citescope.example/?paper=p&minCitations=${n}`,
  shown: null,
  ...overrides,
});

describe('the exploration log in the browser', () => {
  it('keeps each log under its key and reads it back as it was', async () => {
    const store = freshStore();
    let log = appendEntry({ ...EMPTY_LOG, dropped: 4 }, step(1, { kind: 'open' }));
    log = recordShown(log, step(1).url, { papers: 120, references: 40, citations: 80 });
    log = appendEntry(
      log,
      step(2, {
        kind: 'import',
        detail: { file: 'library.bib', found: 42, complete: false, notFound: ['10.1/xyz'] },
        shown: { papers: 300, references: 100, citations: 200, seeds: 4 },
      }),
    );
    await saveLog(store, 'collection-a', log);
    await saveLog(store, SESSION_LOG_KEY, appendEntry(EMPTY_LOG, step(9)));

    expect(await loadLog(store, 'collection-a')).toEqual({ log, unreadable: 0 });
    expect((await loadLog(store, SESSION_LOG_KEY)).log.entries).toEqual([step(9)]);
    expect(await loadLog(store, 'never-written')).toEqual({ log: EMPTY_LOG, unreadable: 0 });

    await deleteLog(store, 'collection-a');
    expect(await loadLog(store, 'collection-a')).toEqual({ log: EMPTY_LOG, unreadable: 0 });
  });

  it('leaves out and counts the steps that do not read as steps', async () => {
    const store = freshStore();
    const good = [step(1), step(5)];
    await set(
      'k',
      {
        version: 1,
        dropped: 2,
        entries: [
          good[0],
          { ...step(2), kind: 'teleport' },
          { ...step(3), url: 'javascript:alert(1)' },
          { ...step(4), at: 'yesterday' },
          { ...step(6), shown: { papers: -1, references: 0, citations: 0 } },
          { ...step(7), detail: { nested: { no: true } } },
          'not a step',
          null,
          good[1],
        ],
      },
      store,
    );
    expect(await loadLog(store, 'k')).toEqual({
      log: { entries: good, dropped: 2 },
      unreadable: 7,
    });
  });

  it('counts a record that is not a log at all as one unreadable', async () => {
    const store = freshStore();
    await set('junk', 'not even an object', store);
    await set('future', { version: 2, dropped: 0, entries: [step(1)] }, store);
    expect(await loadLog(store, 'junk')).toEqual({ log: EMPTY_LOG, unreadable: 1 });
    expect(await loadLog(store, 'future')).toEqual({ log: EMPTY_LOG, unreadable: 1 });
  });

  it('keeps no more than the log holds, counting the oldest let go', async () => {
    const store = freshStore();
    const entries = Array.from({ length: MAX_LOG_ENTRIES + 3 }, (_, n) => step(n % 60));
    await set('long', { version: 1, dropped: 1, entries }, store);
    const { log } = await loadLog(store, 'long');
    expect(log.entries).toHaveLength(MAX_LOG_ENTRIES);
    expect(log.dropped).toBe(4);
  });
});
