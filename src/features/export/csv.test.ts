// Formula injection: the CSV is read back as a spreadsheet would read it, with each list
// separator a locale may use (`,` in English, `;` in much of Europe, a tab when pasted), and no
// cell may then start like a formula unless it starts with the apostrophe that makes it text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Paper } from '../../domain/paper';
import { paper } from '../../test-support/papers';
import { loadPapaparse, toCsv } from './csv';

const Papa = await loadPapaparse();

/**
 * Cells as a spreadsheet splits them on `separator`: a cell that opens with a quote runs to the
 * closing quote (`""` inside is a quote); what follows it, up to the separator, is appended.
 */
function spreadsheetCells(csv: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  let opened = false;
  for (let at = 0; at < csv.length; at += 1) {
    const char = csv.charAt(at);
    if (quoted) {
      if (char === '"' && csv[at + 1] === '"') {
        cell += '"';
        at += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && !opened) {
      quoted = true;
      opened = true;
    } else if (char === separator || char === '\n' || (char === '\r' && csv[at + 1] === '\n')) {
      cells.push(cell);
      cell = '';
      opened = false;
      if (char === '\r') at += 1;
    } else {
      cell += char;
      opened = true;
    }
  }
  cells.push(cell);
  return cells;
}

/**
 * Starts a formula: = + - @ in any compatibility form (＝ ﹦ …), after white space (a leading
 * tab or CR, which OWASP lists, among it), quotes or invisible characters.
 */
function looksLikeFormula(cell: string): boolean {
  return /^[\s"\p{Cf}]*[=+\-@]/u.test(cell.normalize('NFKC'));
}

function expectNoFormula(csv: string): void {
  for (const separator of [',', ';', '\t']) {
    const formulas = spreadsheetCells(csv, separator).filter(looksLikeFormula);
    expect(formulas, `with "${separator}" as the list separator`).toEqual([]);
  }
}

const withText = (n: number, text: string): Paper =>
  paper(n, {
    title: text,
    venue: text,
    authors: [{ id: null, name: text }],
    externalIds: { doi: text, arxiv: text },
    url: text,
  });

/** Values a spreadsheet could run, and how each reads back: as text, behind an apostrophe. */
const RISKY: readonly (readonly [string, string])[] = [
  ['=1+1', "'=1+1"],
  [';=1+1', ";'=1+1"],
  [',=1+1', ",'=1+1"],
  [' =1+1', "' =1+1"],
  ['  @SUM(A1)', "'  @SUM(A1)"],
  ['\u00a0=1+1', "'\u00a0=1+1"],
  ['\u3000=1+1', "'\u3000=1+1"],
  ['\u200b=1+1', "'\u200b=1+1"],
  ['＝1+1', "'＝1+1"],
  ['＋1', "'＋1"],
  ['－1', "'－1"],
  ['＠SUM(A1)', "'＠SUM(A1)"],
  ['﹦1+1', "'﹦1+1"],
  ['⩵1', "'⩵1"],
  ['"=1+1', '\'"=1+1'],
  ['";=1+1', '";\'=1+1'],
  ['-2+3', "'-2+3"],
  // Control characters become spaces: a row is one line, and a tab never starts a cell.
  ['\t=1+1', "' =1+1"],
  ['\r=1+1', "' =1+1"],
  ['\n=1+1', "' =1+1"],
  ['\u0000=1', "' =1"],
  ['+cmd\n|calc', "'+cmd |calc"],
  // A separator inside a value starts a cell for a reader that splits on it.
  ['x";=1+1', 'x";\'=1+1'],
  ["ok;=cmd|' /C calc'!A0", "ok;'=cmd|' /C calc'!A0"],
  ['a, -1', "a,' -1"],
  ['ok\n=1+1', 'ok =1+1'],
];

/** Values that only look close to a formula, written as they are (control characters aside). */
const SAFE: readonly (readonly [string, string])[] = [
  ["'=1+1", "'=1+1"],
  ['E = mc² and a+b', 'E = mc² and a+b'],
  ['x\u200b=1', 'x\u200b=1'],
  ['Smith, J.; Doe, A.', 'Smith, J.; Doe, A.'],
  ['\tplain', ' plain'],
];

const rowFor = async (text: string) => {
  const csv = await toCsv([
    { paper: withText(1, text), relation: 'citation', isInfluential: false, intents: [] },
  ]);
  return { csv, row: Papa.parse<Record<string, string>>(csv, { header: true }).data[0] };
};
const COLUMNS = ['title', 'venue', 'authors', 'doi', 'arxiv', 'url'];

describe('CSV against formula injection', () => {
  it.each([...RISKY, ...SAFE])('%j starts no formula with any list separator', async (text) => {
    expectNoFormula((await rowFor(text)).csv);
  });

  it.each([...RISKY, ...SAFE])('%j reads back as %j in every text column', async (text, back) => {
    const { row } = await rowFor(text);
    for (const column of COLUMNS) expect(row?.[column]).toBe(back);
  });

  it('says how far each paper is from the centre, and which expanded paper brought it', async () => {
    const csv = await toCsv([
      { paper: paper(1), relation: 'centre', isInfluential: false, intents: [] },
      { paper: paper(2), relation: 'reference', isInfluential: false, intents: [] },
      {
        paper: paper(3),
        relation: 'citation',
        isInfluential: false,
        intents: [],
        hop: 2,
        via: paper(2).id,
      },
    ]);
    const rows = Papa.parse<Record<string, string>>(csv, { header: true }).data;
    expect(rows.map((row) => [row.hop, row.via])).toEqual([
      ['0', ''],
      ['1', ''],
      ['2', paper(2).id],
    ]);
  });

  it('leaves plain values, numbers and inner formulas alone', async () => {
    const csv = await toCsv([
      {
        paper: paper(2, { title: 'E = mc² and a+b', year: 2017, citationCount: 12 }),
        relation: 'reference',
        isInfluential: false,
        intents: [],
      },
    ]);
    const [row] = Papa.parse<Record<string, string>>(csv, { header: true }).data;
    expect(row).toMatchObject({ title: 'E = mc² and a+b', year: '2017', citationCount: '12' });
  });

  it('gives each paper its influence, intents and citation contexts, guarded too', async () => {
    const csv = await toCsv([
      {
        paper: paper(3),
        relation: 'both',
        isInfluential: true,
        intents: ['methodology', 'result'],
        citesCentre: {
          isInfluential: true,
          intents: ['methodology'],
          contexts: [
            { text: 'We use [3].', intents: ['methodology'] },
            { text: '=cmd|x', intents: [] },
          ],
        },
        citedByCentre: {
          isInfluential: false,
          intents: ['result'],
          contexts: [{ text: 'Unlike [9].', intents: ['result'] }],
        },
      },
    ]);
    const [row] = Papa.parse<Record<string, string>>(csv, { header: true }).data;
    expect(row).toMatchObject({
      influential: 'true',
      intents: 'methodology; result',
      contexts: "We use [3]. [methodology] | '=cmd|x | Unlike [9]. [result]",
    });
    expectNoFormula(csv);
  });

  it('holds for any text behind any dangerous start', async () => {
    const start = fc.constantFrom(
      ...['=', '+', '-', '@', '＝', '＋', '－', '＠', '﹦', '\t', '\r', '\n', ';', ',', '"', ' '],
    );
    const text = fc
      .tuple(fc.array(start, { minLength: 1, maxLength: 4 }), fc.string({ maxLength: 12 }))
      .map(([prefix, rest]) => prefix.join('') + rest);
    await fc.assert(
      fc.asyncProperty(text, text, async (first, second) => {
        const csv = await toCsv([
          { paper: withText(1, first), relation: 'citation', isInfluential: false, intents: [] },
          { paper: withText(2, second), relation: 'reference', isInfluential: false, intents: [] },
        ]);
        expectNoFormula(csv);
      }),
      { numRuns: 200 },
    );
  });
});
