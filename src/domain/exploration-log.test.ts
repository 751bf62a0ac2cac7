import { describe, expect, it } from 'vitest';
import {
  appendEntry,
  EMPTY_LOG,
  isViewUrl,
  MAX_DETAIL_TEXT_LENGTH,
  MAX_SUMMARY_LENGTH,
  recordShown,
  replaceLastEntry,
  type ExplorationLog,
  type LogEntry,
} from './exploration-log';

const step = (n: number, overrides: Partial<LogEntry> = {}): LogEntry => ({
  at: new Date(Date.UTC(2026, 10, 30, 9, 0, n)).toISOString(),
  kind: 'filter',
  summary: `Step ${n}`,
  url: `https://citescope.example/?paper=p&minCitations=${n}`,
  shown: null,
  ...overrides,
});

const logOf = (...entries: LogEntry[]): ExplorationLog =>
  entries.reduce((log, entry) => appendEntry(log, entry), EMPTY_LOG);

describe('appendEntry', () => {
  it('adds each step last, leaving the log it was given unchanged', () => {
    const one = appendEntry(EMPTY_LOG, step(1));
    const two = appendEntry(one, step(2));
    expect(two.entries.map((entry) => entry.summary)).toEqual(['Step 1', 'Step 2']);
    expect(one.entries).toHaveLength(1);
    expect(two.dropped).toBe(0);
  });

  it('keeps at most `max` steps, letting the oldest go and counting them', () => {
    let log = EMPTY_LOG;
    for (let n = 1; n <= 5; n += 1) log = appendEntry(log, step(n), 3);
    expect(log.entries.map((entry) => entry.summary)).toEqual(['Step 3', 'Step 4', 'Step 5']);
    expect(log.dropped).toBe(2);
    log = appendEntry(log, step(6), 3);
    expect(log.dropped).toBe(3);
  });

  it('cuts a huge summary and huge detail text, visibly', () => {
    const huge = 'x'.repeat(100_000);
    const [kept] = appendEntry(
      EMPTY_LOG,
      step(1, { summary: huge, detail: { title: huge, ids: [huge, 'b'], count: 3, on: true } }),
    ).entries;
    expect(kept?.summary).toHaveLength(MAX_SUMMARY_LENGTH);
    expect(kept?.summary.endsWith('…')).toBe(true);
    expect(kept?.detail?.title).toHaveLength(MAX_DETAIL_TEXT_LENGTH);
    expect(kept?.detail?.ids).toEqual(['x'.repeat(MAX_DETAIL_TEXT_LENGTH - 1) + '…', 'b']);
    expect(kept?.detail).toMatchObject({ count: 3, on: true });
  });
});

describe('replaceLastEntry', () => {
  it('puts a step in the place of the last one', () => {
    const log = replaceLastEntry(logOf(step(1), step(2)), step(3));
    expect(log.entries.map((entry) => entry.summary)).toEqual(['Step 1', 'Step 3']);
    expect(replaceLastEntry(EMPTY_LOG, step(1)).entries).toEqual([step(1)]);
  });
});

describe('recordShown', () => {
  const counts = { papers: 120, references: 40, citations: 80 };

  it('fills in the counts of the latest step showing the URL', () => {
    const url = step(1).url;
    const log = logOf(step(1), step(2), step(3, { url, kind: 'layout' }));
    const shown = recordShown(log, url, counts);
    expect(shown.entries.map((entry) => entry.shown)).toEqual([null, null, counts]);
    expect(log.entries[2]?.shown).toBeNull();
  });

  it('keeps counts already there, and ignores a URL no step shows', () => {
    const log = recordShown(logOf(step(1)), step(1).url, counts);
    expect(recordShown(log, step(1).url, { ...counts, papers: 1 })).toBe(log);
    expect(recordShown(log, 'https://citescope.example/?paper=other', counts)).toBe(log);
  });
});

describe('isViewUrl', () => {
  it.each([
    ['https://citescope.example/?paper=abc', true],
    ['http://127.0.0.1:4173/?seeds=a,b', true],
    ['?paper=abc', true],
    ['/?paper=abc', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    ['data:text/html,<b>x</b>', false],
    ['//elsewhere.example/', false],
    ['/\\elsewhere.example/', false],
    ['https://user@citescope.example/', false],
    ['', false],
  ])('%s → %s', (url, expected) => {
    expect(isViewUrl(url)).toBe(expected);
  });
});
