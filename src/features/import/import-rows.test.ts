import { describe, expect, it } from 'vitest';
import { paper } from '../../test-support/papers';
import { extractEntries } from './extract-entries';
import type { EntryOutcome } from './import-outcome';
import { chooseSeeds, outcomeRows, outcomeSummary } from './import-rows';
import { defaultCollectionName, sourceProblem } from './import-source';

describe('import rows', () => {
  it('takes each paper once, in entry order, and a title match only once confirmed', async () => {
    const { entries } = await extractEntries(
      ['10.1038/nature14539', 'PMID:26017442', 'Deep learning', '10.1038/nature14539'].join('\n'),
    );
    const deep = paper(1, { title: 'Deep learning' });
    const byTitle = paper(2, { title: 'Deep learning' });
    const outcomes: EntryOutcome[] = [
      { kind: 'found', paper: deep },
      { kind: 'found', paper: deep },
      { kind: 'found-by-title', paper: byTitle, query: 'Deep learning' },
      { kind: 'found', paper: deep },
    ];
    const rows = outcomeRows(entries, outcomes);
    expect(rows.map((row) => row.kind)).toEqual(['found', 'found', 'found-by-title', 'duplicate']);
    expect(outcomeSummary(rows)).toBe(
      '2 found · 1 found by title · 0 not found · 0 unreadable · 1 duplicate',
    );
    expect(chooseSeeds(rows, new Set()).map((p) => p.id)).toEqual([deep.id]);
    expect(chooseSeeds(rows, new Set([3])).map((p) => p.id)).toEqual([deep.id, byTitle.id]);
  });

  it('names the collection after the file, or the day for pasted text', () => {
    expect(defaultCollectionName('My library.2024.bib', new Date(2026, 0, 5))).toBe(
      'My library.2024',
    );
    expect(defaultCollectionName(null, new Date(2026, 0, 5))).toBe('Imported on 2026-01-05');
    expect(defaultCollectionName('.bib', new Date(2026, 11, 31))).toBe('Imported on 2026-12-31');
  });

  it('refuses empty, binary and foreign files before anything is read for entries', () => {
    expect(sourceProblem({ text: ' \n', fileName: null })).toMatch(/pasted text is empty/);
    expect(sourceProblem({ text: 'x\u0000y', fileName: 'a.bib' })).toMatch(/not a text file/);
    expect(sourceProblem({ text: 'hello', fileName: 'a.rtf' })).toMatch(/not a BibTeX/);
    expect(sourceProblem({ text: '10.1038/nature14539', fileName: 'ids.txt' })).toBeNull();
    expect(sourceProblem({ text: 'TY  - JOUR\nER  - ', fileName: 'export' })).toBeNull();
  });
});
