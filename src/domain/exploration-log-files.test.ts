import Papa from 'papaparse';
import { guardFormulas } from './csv-cell';
import { describe, expect, it } from 'vitest';
import { appendEntry, EMPTY_LOG, type ExplorationLog } from './exploration-log';
import { LOG_CSV_COLUMNS, logToCsv, logToJson } from './exploration-log-files';

const url = 'https://citescope.example/?paper=204e3073870fae3d05bcbc2f6a8e263d9b72e776';
const LOG: ExplorationLog = [
  {
    at: '2026-11-30T09:00:00.000Z',
    kind: 'open' as const,
    summary: 'Opened “Attention Is All You Need”',
    url,
    shown: { papers: 120, references: 40, citations: 80 },
  },
  {
    at: '2026-11-30T09:01:00.000Z',
    kind: 'import' as const,
    summary: '=HYPERLINK("https://evil.example","x"), "quoted"',
    url: `${url}&seeds=a`,
    shown: null,
    detail: { file: 'library.bib', found: 42, notFound: ['10.1/xyz', '-2+3'], complete: false },
  },
].reduce((log, entry) => appendEntry(log, entry), { ...EMPTY_LOG, dropped: 7 });

describe('logToJson', () => {
  it('writes the versioned format with the collection and every step, oldest first', () => {
    const json = logToJson(LOG, {
      exportedAt: '2026-12-01T10:00:00.000Z',
      collection: { id: 'c1', name: 'Transformers review', seeds: ['a', 'b'] },
    });
    expect(JSON.parse(json)).toEqual({
      format: 'citescope-exploration-log',
      version: 1,
      exportedAt: '2026-12-01T10:00:00.000Z',
      collection: { id: 'c1', name: 'Transformers review', seeds: ['a', 'b'] },
      dropped: 7,
      entries: LOG.entries,
    });
  });

  it('says when no collection was open', () => {
    const json = logToJson(EMPTY_LOG, { exportedAt: '2026-12-01T10:00:00.000Z' });
    expect(JSON.parse(json)).toMatchObject({ collection: null, entries: [], dropped: 0 });
  });
});

describe('logToCsv', () => {
  const rows = () =>
    Papa.parse<Record<string, string>>(logToCsv(LOG), { header: true, skipEmptyLines: true });

  it('has one row a step, in the documented columns, that reads back', () => {
    const { data, meta, errors } = rows();
    expect(errors).toEqual([]);
    expect(meta.fields).toEqual([...LOG_CSV_COLUMNS]);
    expect(data[0]).toEqual({
      at: '2026-11-30T09:00:00.000Z',
      kind: 'open',
      summary: 'Opened “Attention Is All You Need”',
      url,
      papers: '120',
      references: '40',
      citations: '80',
      seeds: '',
      detail: '',
    });
    expect(data[1]?.papers).toBe('');
    expect(JSON.parse(data[1]?.detail ?? '')).toEqual(LOG.entries[1]?.detail);
  });

  it('turns a cell that starts like a formula into text', () => {
    const summary = rows().data[1]?.summary;
    expect(summary).toBe(`'=HYPERLINK("https://evil.example","x"), "quoted"`);
  });

  it('writes detail as JSON that reads back and that no spreadsheet takes for a formula', () => {
    const detail = {
      notFound: ['-2+3', '=cmd|x', 'a;@b', 'a,+b', '\uff1dfull', 'tab\there', 'é 𝒜 “q”', 'x"\\y'],
      count: -1,
      ok: true,
    };
    const log = appendEntry(EMPTY_LOG, { ...LOG.entries[0]!, detail });
    const cell = Papa.parse<Record<string, string>>(logToCsv(log), { header: true }).data[0]
      ?.detail;
    expect(JSON.parse(cell ?? '')).toEqual(detail);
    expect(guardFormulas(cell ?? '')).toBe(cell);
    expect(cell).toContain('é 𝒜 “q”');
  });
});
