import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEntries } from './extract-entries';
import type { ImportEntry } from './import-entry';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../tests/fixtures/import/${name}`, import.meta.url), 'utf8');

/** Each entry as `label → apiId | title: … | unreadable`, to compare files at a glance. */
function summary(entries: readonly ImportEntry[]): string[] {
  return entries.map(({ label, target, duplicateOf }) => {
    const what =
      target.kind === 'id'
        ? target.id.apiId
        : target.kind === 'title'
          ? `title: ${target.title}`
          : 'unreadable';
    return `${label} → ${what}${duplicateOf === null ? '' : ` (same as ${duplicateOf})`}`;
  });
}

// The three fixtures hold the same library, each written the way its format is written.
const LIBRARY = [
  'Deep Learning → DOI:10.1038/nature14539',
  'Attention Is All You Need → ARXIV:1706.03762',
  'Can Quantum-Mechanical Description of Physical Reality Be Considered Complete? → DOI:10.1103/PhysRev.47.777',
  'Quantisierung als Eigenwertproblem → DOI:10.1002/andp.19263840404',
  'Die gegenwärtige Situation in der Quantenmechanik → title: Die gegenwärtige Situation in der Quantenmechanik',
  'The Large N Limit of Superconformal Field Theories and Supergravity → ARXIV:hep-th/9711200',
  'Human-level control through deep reinforcement learning → PMID:25719670',
  'A Report Semantic Scholar Has Never Seen → DOI:10.5555/citescope.import.0404',
  'Deep learning → DOI:10.1038/NATURE14539 (same as 1)',
];
const BERT =
  'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding → ARXIV:1810.04805';

describe('extractEntries from the fixtures', () => {
  it('reads BibTeX: LaTeX accents and braces as plain text, eprints, links and notes as ids', async () => {
    const { format, entries } = await extractEntries(fixture('library.bib'), 'library.bib');
    expect(format).toBe('bibtex');
    expect(summary(entries)).toEqual([...LIBRARY, 'broken_2019 → unreadable', BERT]);
    expect(entries.map((e) => e.line)).toEqual([7, 18, 27, 38, 48, 55, 62, 70, 77, 85, 91]);
    expect(entries[9]?.target).toEqual({
      kind: 'unreadable',
      reason: expect.stringContaining('line 85') as unknown,
    });
  });

  it('reads RIS, and tag lines without their TY line as an unreadable entry', async () => {
    const { format, entries } = await extractEntries(fixture('library.ris'), 'library.ris');
    expect(format).toBe('ris');
    const lines = summary(entries).map((line, i) =>
      i === 0 ? line.replace('Learning', 'learning') : line,
    );
    expect(lines).toEqual([
      'Deep learning → DOI:10.1038/nature14539',
      ...LIBRARY.slice(1, -1),
      'Deep Learning → DOI:10.1038/NATURE14539 (same as 1)',
      'AU - Someone, Else → unreadable',
      BERT,
    ]);
  });

  it('reads CSL-JSON, with CSL markup removed and a non-object item unreadable', async () => {
    const { format, entries } = await extractEntries(fixture('library.json'), 'library.json');
    expect(format).toBe('csl-json');
    expect(summary(entries)).toEqual([
      'Deep learning → DOI:10.1038/nature14539',
      ...LIBRARY.slice(1, -1),
      'Deep Learning → DOI:10.1038/NATURE14539 (same as 1)',
      '"an item that is only a string" → unreadable',
      BERT,
    ]);
    expect(entries.every((e) => e.line === null)).toBe(true);
  });
});

describe('extractEntries from pasted lines', () => {
  it('reads one identifier per line, keeps titles, and names why a line is unreadable', async () => {
    const text = [
      'https://doi.org/10.1038/nature14539',
      '',
      'arXiv:1706.03762v7',
      'https://pubmed.ncbi.nlm.nih.gov/25719670/',
      'https://www.semanticscholar.org/paper/Some-Title/ce47e50000000000000000000000000000c17e5c',
      '10.1000/',
      'Die gegenwärtige Situation in der Quantenmechanik',
      '10.1038/NATURE14539',
    ].join('\n');
    const { format, entries } = await extractEntries(text);
    expect(format).toBe('lines');
    expect(summary(entries)).toEqual([
      'https://doi.org/10.1038/nature14539 → DOI:10.1038/nature14539',
      'arXiv:1706.03762v7 → ARXIV:1706.03762',
      'https://pubmed.ncbi.nlm.nih.gov/25719670/ → PMID:25719670',
      'https://www.semanticscholar.org/paper/Some-Title/ce47e50000000000000000000000000000c17e5c → ce47e50000000000000000000000000000c17e5c',
      '10.1000/ → unreadable',
      'Die gegenwärtige Situation in der Quantenmechanik → title: Die gegenwärtige Situation in der Quantenmechanik',
      '10.1038/NATURE14539 → DOI:10.1038/NATURE14539 (same as 1)',
    ]);
    expect(entries.map((e) => [e.position, e.line])).toEqual([
      [1, 1],
      [2, 3],
      [3, 4],
      [4, 5],
      [5, 6],
      [6, 7],
      [7, 8],
    ]);
    expect(entries[4]?.target).toMatchObject({
      kind: 'unreadable',
      reason: expect.stringMatching(/DOI/) as unknown,
    });
  });
});

describe('extractEntries keeps every entry and keeps text as text', () => {
  it('reads the entries after a broken one, whatever breaks it', async () => {
    const text = [
      '@article{a, title = {Unclosed',
      '@article{b, title = "Also unclosed }',
      '@article{c, title = {Fine}, doi = {10.1000/c}}',
    ].join('\n');
    const { entries } = await extractEntries(text);
    expect(entries.map((e) => [e.key, e.target.kind])).toEqual([
      ['a', 'unreadable'],
      ['b', 'unreadable'],
      ['c', 'id'],
    ]);
  });

  it('returns markup in a title as the characters it is', async () => {
    const title = '<img src=x onerror=alert(1)> &amp; <script>alert(2)</script>';
    const { entries } = await extractEntries(JSON.stringify([{ id: 'x', type: 'article', title }]));
    expect(entries[0]?.label).toBe(title);
  });

  it('turns LaTeX commands into letters and drops what only formats', async () => {
    const bib = String.raw`@article{k, title = {Schr{\"o}dinger's \emph{{\'E}t{\'e}} at 50\% {\ss} $\alpha$}}`;
    const { entries } = await extractEntries(bib, 'k.bib');
    expect(entries[0]?.target).toEqual({ kind: 'title', title: "Schrödinger's Été at 50% ß α" });
  });

  it('uses a file name only when the content shows no format', async () => {
    expect((await extractEntries('10.1000/x', 'refs.bib')).format).toBe('bibtex');
    expect((await extractEntries('@article{a, title={T}}', 'refs.txt')).format).toBe('bibtex');
    expect((await extractEntries('not json', 'refs.json')).entries[0]?.target.kind).toBe(
      'unreadable',
    );
  });

  it('names a file that is not JSON at all as one unreadable entry', async () => {
    const { entries } = await extractEntries('[{"title": "A"', 'refs.json');
    expect(entries).toHaveLength(1);
    expect(entries[0]?.target.kind).toBe('unreadable');
  });
});
