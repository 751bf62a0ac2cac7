// Each format is read back by another program's parser, as in citations.test.ts.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { paper } from '../../test-support/papers';
import { COLLECTION_CSV_COLUMNS, collectionExport } from './collection-export';
import { loadPapaparse } from './csv';

const seeds = [
  paper(1, {
    title: 'Attention Is All You Need',
    year: 2017,
    authors: [{ id: '1', name: 'Ashish Vaswani' }],
    externalIds: { doi: '10.48550/arXiv.1706.03762', arxiv: '1706.03762' },
    publicationTypes: ['Conference'],
  }),
  paper(2, { title: '=HYPERLINK("http://x.example") <b>Graphs</b>', year: 2020 }),
];
const day = new Date(2026, 10, 30, 12);

describe('a collection exported', () => {
  it('as BibTeX, reads back with every seed and is named after the collection', async () => {
    const file = await collectionExport(seeds, 'bibtex', 'Graph nets: week 1', day);
    expect(file.fileName).toBe('citescope-graph-nets-week-1-2026-11-30.bib');
    expect(file.mime).toBe('application/x-bibtex');
    const read = new Cite(file.text).data as { title?: string; DOI?: string }[];
    expect(read.map((entry) => entry.title)).toEqual([
      'Attention Is All You Need',
      '=HYPERLINK("http://x.example") <b>Graphs</b>',
    ]);
    expect(read[0]?.DOI).toBe('10.48550/arXiv.1706.03762');
  });

  it('as RIS, reads back with every seed', async () => {
    const file = await collectionExport(seeds, 'ris', 'R', day);
    expect(file.fileName).toBe('citescope-r-2026-11-30.ris');
    const read = new Cite(file.text).data as { title?: string }[];
    expect(read.map((entry) => entry.title)).toHaveLength(2);
    expect(read[0]?.title).toBe('Attention Is All You Need');
  });

  it('as CSV, one row a seed, with formulas made text', async () => {
    const file = await collectionExport(seeds, 'csv', 'R', day);
    expect(file.mime).toBe('text/csv');
    expect(file.text.startsWith('\uFEFF')).toBe(true);
    const { parse } = await loadPapaparse();
    const rows = parse<Record<string, string>>(file.text.slice(1), { header: true }).data;
    expect(Object.keys(rows[0] ?? {})).toEqual([...COLLECTION_CSV_COLUMNS]);
    expect(rows.map((row) => row.paperId)).toEqual(seeds.map((seed) => seed.id));
    expect(rows[0]).toMatchObject({ doi: '10.48550/arXiv.1706.03762', arxiv: '1706.03762' });
    expect(rows[1]?.title).toBe(`'=HYPERLINK("http://x.example") <b>Graphs</b>`);
  });

  it('as a list of ids, one paperId a line', async () => {
    const file = await collectionExport(seeds, 'ids', 'R', day);
    expect(file).toEqual({
      text: `${seeds[0]?.id ?? ''}\n${seeds[1]?.id ?? ''}\n`,
      fileName: 'citescope-r-2026-11-30.txt',
      mime: 'text/plain',
    });
  });
});
