// Exports are checked by reading them back: BibTeX and RIS through citation-js, CSV through
// papaparse, so what is tested is what another program would find in the file.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import type { AnyPaper } from '../../domain/paper';
import type { Relation } from '../../graph/citation-graph';
import { paper, unresolved } from '../../test-support/papers';
import { citationKeys } from './citation-keys';
import { balanceRichText } from './bibtex-values';
import { toBibtex, toRis } from './citations';
import { CSV_COLUMNS, loadPapaparse, toCsv } from './csv';

const Papa = await loadPapaparse();

const attention = paper(1, {
  title: 'Attention Is All You Need',
  year: 2017,
  publicationDate: '2017-06-12',
  venue: 'Neural Information Processing Systems',
  journal: { name: 'ArXiv', volume: 'abs/1706.03762', pages: '5998-6008' },
  authors: [
    { id: '1', name: 'Ashish Vaswani' },
    { id: '2', name: 'Noam  Shazeer' },
    { id: null, name: 'Ludwig van Beethoven' },
  ],
  publicationTypes: ['JournalArticle', 'Conference'],
  externalIds: { doi: '10.48550/arXiv.1706.03762', arxiv: '1706.03762' },
  url: `https://www.semanticscholar.org/paper/${'a'.repeat(40)}`,
  citationCount: 100_000,
  referenceCount: 41,
});

const bert = paper(2, {
  title: 'BERT: Pre-training of Deep Bidirectional Transformers',
  year: 2019,
  venue: 'NAACL',
  journal: { name: 'Proceedings of NAACL', volume: '1', pages: '4171–4186' },
  authors: [{ id: '3', name: 'Jacob Devlin' }],
  publicationTypes: ['JournalArticle'],
  externalIds: { doi: '10.18653/v1/N19-1423' },
});

/** Nothing known but the title. */
const bare = paper(3, { title: 'A paper with nothing else' });

const hostileTitle =
  'Über <script>alert("x")</script> {braces} } and "quotes" & 100% $cost #1 _x_ ~ ^ \\ back\nslash';
const hostile = paper(4, {
  title: hostileTitle,
  year: 2020,
  authors: [{ id: null, name: 'Zoë O’Brien-Ünal' }],
  externalIds: { doi: '10.1000/xyz<>123' },
});

const unmatched = unresolved('An unmatched reference', { year: 1998 });

const worldTitle =
  'Нейронные сети ≤ ∑ ∞ — 深度学习 한국어 ελληνικά: ἀρχή, μ±σ × 10⁻³ °C, naïve café 🧪';
const world = paper(9, {
  title: worldTitle,
  year: 2021,
  venue: 'Вестник МГУ',
  authors: [
    { id: null, name: 'Андрей Колмогоров' },
    { id: null, name: '李飞飞' },
  ],
});

const PAPERS: AnyPaper[] = [attention, bert, bare, hostile, unmatched];

type Csl = Record<string, unknown>;
const titles = (entries: readonly Csl[]) => entries.map((entry) => entry.title);
const years = (entries: readonly Csl[]) =>
  entries.map(
    (entry) =>
      (entry.issued as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0]?.[0],
  );

describe('BibTeX', () => {
  it('reads back with every paper, title, year and DOI', async () => {
    const bibtex = await toBibtex(PAPERS);
    const back = new Cite(bibtex).data;
    expect(back).toHaveLength(5);
    expect(titles(back)).toEqual([
      'Attention Is All You Need',
      'BERT: Pre-training of Deep Bidirectional Transformers',
      'A paper with nothing else',
      'Über <script>alert("x")</script> {braces} } and "quotes" & 100% $cost #1 _x_ ~ ^ \\ back slash',
      'An unmatched reference',
    ]);
    expect(years(back)).toEqual([2017, 2019, undefined, 2020, 1998]);
    expect(back.map((entry) => entry.DOI)).toEqual([
      '10.48550/arXiv.1706.03762',
      '10.18653/v1/N19-1423',
      undefined,
      '10.1000/xyz<>123',
      undefined,
    ]);
  });

  it('splits authors into family and given names', async () => {
    const [first, , , fourth] = new Cite(await toBibtex(PAPERS)).data;
    expect(first?.author).toEqual([
      { family: 'Vaswani', given: 'Ashish' },
      { family: 'Shazeer', given: 'Noam' },
      { family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' },
    ]);
    expect(fourth?.author).toEqual([{ family: 'O’Brien-Ünal', given: 'Zoë' }]);
  });

  it('writes entry types, venues and unique keys', async () => {
    const bibtex = await toBibtex([attention, bert, bare, attention]);
    expect(bibtex).toMatch(/^@inproceedings\{vaswani2017attention,$/m);
    expect(bibtex).toMatch(/^@article\{devlin2019bert,$/m);
    expect(bibtex).toMatch(/^@article\{anonndpaper,$/m);
    expect(bibtex).toMatch(/^@inproceedings\{vaswani2017attention_2,$/m);
    const back = new Cite(bibtex).data;
    expect(back.map((entry) => entry['citation-key'])).toEqual([
      'vaswani2017attention',
      'devlin2019bert',
      'anonndpaper',
      'vaswani2017attention_2',
    ]);
    expect(back[0]?.['container-title']).toBe('Neural Information Processing Systems');
    expect(back[1]?.['container-title']).toBe('Proceedings of NAACL');
  });

  it('keeps text in any script as UTF-8, every character read back', async () => {
    const bibtex = await toBibtex([world, hostile]);
    expect(bibtex).toContain('深度学习');
    const back = new Cite(bibtex).data;
    expect(titles(back)).toEqual([worldTitle, hostileTitle.replace('\n', ' ')]);
    expect(back[0]?.['container-title']).toBe('Вестник МГУ');
    expect(back[0]?.author).toEqual([
      { family: 'Колмогоров', given: 'Андрей' },
      { family: '李飞飞' },
    ]);
  });

  it('keeps the file readable when a title has an unclosed rich-text tag', async () => {
    const broken = paper(5, { title: 'H<sub>2</sub>O and x<sup>2 or <i>in vivo' });
    const back = new Cite(await toBibtex([broken, bert])).data;
    expect(titles(back)).toEqual([
      'H<sub>2</sub>O and x2 or in vivo',
      'BERT: Pre-training of Deep Bidirectional Transformers',
    ]);
  });

  it('exports an empty list as an empty file', async () => {
    expect((await toBibtex([])).trim()).toBe('');
  });
});

describe('balanceRichText', () => {
  it.each([
    ['CO<sub>2</sub>', 'CO<sub>2</sub>'],
    ['a <i>b <b>c</b></i>', 'a <i>b <b>c</b></i>'],
    ['a <i>b <b>c</i></b>', 'a b <b>c</b>'],
    ['x </i> y', 'x  y'],
    ['<script>not ours</script>', '<script>not ours</script>'],
  ])('%s → %s', (input, output) => {
    expect(balanceRichText(input)).toBe(output);
  });
});

function risRecords(ris: string): string[][] {
  const records: string[][] = [];
  let current: string[] | null = null;
  for (const line of ris.split('\r\n')) {
    if (line === '') continue;
    // Every line is one tag and its value: no wrapped continuation lines.
    expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    if (line.startsWith('TY  - ')) current = [];
    current?.push(line);
    if (line === 'ER  - ' && current) records.push(current);
  }
  return records;
}

describe('RIS', () => {
  it('writes one record per paper, tag by tag', async () => {
    const ris = await toRis(PAPERS);
    const records = risRecords(ris);
    expect(records).toHaveLength(5);
    const [first, second, third, fourth, fifth] = records;
    expect(first).toEqual(
      expect.arrayContaining([
        'TY  - CONF',
        'TI  - Attention Is All You Need',
        'AU  - Vaswani, Ashish',
        'AU  - Shazeer, Noam',
        'AU  - van Beethoven, Ludwig',
        'C3  - Neural Information Processing Systems',
        'DO  - 10.48550/arXiv.1706.03762',
        'DA  - 2017/6/12/',
        `UR  - https://www.semanticscholar.org/paper/${'a'.repeat(40)}`,
        'ER  - ',
      ]),
    );
    expect(first?.[0]).toBe('TY  - CONF');
    expect(first?.at(-1)).toBe('ER  - ');
    expect(second).toEqual(
      expect.arrayContaining(['TY  - JOUR', 'PY  - 2019', 'DO  - 10.18653/v1/N19-1423']),
    );
    expect(third).toEqual([
      'TY  - JOUR',
      expect.stringMatching(/^ID {2}- /),
      'TI  - A paper with nothing else',
      'ER  - ',
    ]);
    expect(fourth).toContain(`TI  - ${hostileTitle.replace('\n', ' ')}`);
    expect(fifth).toEqual(expect.arrayContaining(['TI  - An unmatched reference', 'PY  - 1998']));
  });

  it('reads back through citation-js', async () => {
    const back = new Cite(await toRis([...PAPERS, world])).data;
    expect(titles(back)).toEqual([...PAPERS, world].map((p) => p.title?.replace('\n', ' ')));
    expect(years(back)).toEqual([2017, 2019, undefined, 2020, 1998, 2021]);
    expect(back[0]?.URL).toBe(attention.url);
    expect(back[0]?.author).toEqual(
      expect.arrayContaining([{ family: 'Vaswani', given: 'Ashish' }]),
    );
  });
});

describe('CSV', () => {
  const row = (p: AnyPaper, relation: Relation) => ({
    paper: p,
    relation,
    isInfluential: false,
    intents: [],
  });

  it('reads back with the columns and values of every paper', async () => {
    const formula = paper(6, {
      title: '=HYPERLINK("http://evil.example","click")',
      venue: '@venue',
    });
    const multiline = paper(7, { title: 'ok\n=1+1', venue: '-2+3' });
    const csv = await toCsv([
      row(attention, 'centre'),
      row(unmatched, 'unresolved'),
      row(hostile, 'citation'),
      row(formula, 'reference'),
      row(multiline, 'both'),
    ]);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    const [first, second, third, fourth, fifth] = parsed.data;
    expect(first).toEqual({
      paperId: attention.id,
      title: 'Attention Is All You Need',
      authors: 'Ashish Vaswani; Noam  Shazeer; Ludwig van Beethoven',
      year: '2017',
      venue: 'Neural Information Processing Systems',
      citationCount: '100000',
      referenceCount: '41',
      relation: 'centre',
      doi: '10.48550/arXiv.1706.03762',
      arxiv: '1706.03762',
      url: attention.url,
      influential: '',
      intents: '',
      contexts: '',
      hop: '0',
      via: '',
    });
    expect(second).toMatchObject({
      paperId: '',
      title: 'An unmatched reference',
      year: '1998',
      relation: 'unresolved',
      authors: '',
    });
    // A row is one line: line breaks inside a value become spaces (see csv.test.ts).
    expect(third?.title).toBe(hostileTitle.replace('\n', ' '));
    expect(fourth).toMatchObject({ title: `'${formula.title ?? ''}`, venue: "'@venue" });
    expect(fifth).toMatchObject({ title: 'ok =1+1', venue: "'-2+3" });
  });
});

describe('citation keys', () => {
  it('are plain ASCII and the same for the same paper', () => {
    expect(citationKeys([hostile, bare, unmatched])).toEqual([
      'obrienunal2020uber',
      'anonndpaper',
      'anon1998unmatched',
    ]);
    expect(citationKeys([hostile])).toEqual(citationKeys([hostile]));
  });
});
