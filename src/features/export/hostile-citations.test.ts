// Hostile values in every field a citation export writes. A file passes when two readers find in
// it exactly the entries and fields Citescope wrote: citation-js, and a reader that counts braces
// the way BibTeX itself does (a backslash does not escape a brace for BibTeX, so `\}` still
// closes a value). No LaTeX command may appear but the escapes Citescope writes itself, and no
// `^^`, which TeX reads as a character code (`^^5c` is a backslash).
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Paper } from '../../domain/paper';
import { paper } from '../../test-support/papers';
import { toBibtex, toRis } from './citations';

interface ScannedEntry {
  readonly type: string;
  readonly key: string;
  readonly fields: ReadonlyMap<string, string>;
}

/** Reads entries as BibTeX does: braces nest, whatever stands before them. */
function scanBibtex(text: string): ScannedEntry[] {
  const entries: ScannedEntry[] = [];
  let at = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at ${at}: ${JSON.stringify(text.slice(at, at + 40))}`);
  };
  const skip = () => {
    while (/\s/.test(text[at] ?? '')) at += 1;
  };
  const read = (pattern: RegExp) => {
    const match = pattern.exec(text.slice(at));
    if (!match) return fail(`expected ${String(pattern)}`);
    at += match[0].length;
    return match[1] ?? '';
  };
  for (;;) {
    skip();
    if (at >= text.length) return entries;
    const type = read(/^@(\w+)\{/);
    const key = read(/^([^,\s{}]+),/);
    const fields = new Map<string, string>();
    for (;;) {
      skip();
      if (text[at] === '}') break;
      const name = read(/^([a-z]+)\s*=\s*\{/);
      if (fields.has(name)) fail(`field ${name} twice`);
      const start = at;
      for (let depth = 1; depth > 0; at += 1) {
        if (at >= text.length) fail('unclosed value');
        if (text[at] === '{') depth += 1;
        if (text[at] === '}') depth -= 1;
      }
      fields.set(name, text.slice(start, at - 1));
      read(/^(),/);
    }
    at += 1;
    entries.push({ type, key, fields });
  }
}

/** The commands Citescope's escapes and citation-js's rich text write; nothing else. */
const OWN_COMMANDS = new Set([
  '\\textbackslash',
  '\\textbraceleft',
  '\\textbraceright',
  '\\textasciitilde',
  '\\textasciicircum',
  '\\textless',
  '\\textgreater',
  '\\$',
  '\\&',
  '\\%',
  '\\#',
  '\\_',
  '\\textit',
  '\\textbf',
  '\\textsc',
  '\\textsuperscript',
  '\\textsubscript',
]);

const FIELDS = ['author', 'doi', 'howpublished', 'journal', 'booktitle', 'pages', 'title'];
const ALLOWED_FIELDS = new Set([...FIELDS, 'url', 'volume', 'year']);

function expectOnlyWhatWasWritten(bibtex: string, papers: readonly Paper[]): void {
  const scanned = scanBibtex(bibtex);
  expect(scanned).toHaveLength(papers.length);
  for (const entry of scanned) {
    expect([...entry.fields.keys()].filter((name) => !ALLOWED_FIELDS.has(name))).toEqual([]);
  }
  const commands = [...bibtex.matchAll(/\\(?:[A-Za-z]+|[^A-Za-z])/g)].map(([command]) => command);
  expect(commands.filter((command) => !OWN_COMMANDS.has(command))).toEqual([]);
  expect(bibtex).not.toContain('^^');
  const back = new Cite(bibtex).data;
  expect(back.map((entry) => entry['citation-key'])).toEqual(scanned.map((entry) => entry.key));
}

const INJECTIONS = [
  '10.1000/x}, note = {\\input{/etc/passwd}}, x = {',
  'https://example.org/a}}\n@misc{evil, title = {\\write18{rm -rf ~}}}\n@misc{x, note={',
  'https://example.org/^^5cinput^^7b/etc/passwd^^7d',
  '10.1000/a^^5cwrite18^^7bcalc^^7d',
  'https://example.org/<i>unclosed',
  '10.1000/{unbalanced',
  'https://example.org/%zz%41?q={x}#frag\\input',
];

const benign = paper(99, {
  title: 'A benign paper after the hostile ones',
  year: 2020,
  authors: [{ id: null, name: 'Ada Lovelace' }],
  externalIds: { doi: '10.1000/benign' },
  url: 'https://example.org/benign',
});

function hostilePaper(n: number, value: string): Paper {
  return paper(n, {
    title: value,
    year: 2021,
    venue: value,
    journal: { name: value, volume: value, pages: value },
    authors: [{ id: null, name: value }],
    publicationTypes: n % 2 ? ['Conference'] : ['JournalArticle'],
    externalIds: { doi: value },
    url: value,
  });
}

describe('BibTeX with hostile values', () => {
  it.each(INJECTIONS)('writes %j as a value and nothing more', async (value) => {
    const papers = [hostilePaper(1, value), benign];
    expectOnlyWhatWasWritten(await toBibtex(papers), papers);
  });

  it('keeps an injected DOI and URL inside their own fields', async () => {
    const hostile = paper(1, {
      title: 'Hostile',
      externalIds: { doi: '10.1000/x}, note = {\\input{/etc/passwd}}, x = {' },
      url: 'https://example.org/a}}\n@misc{evil, title = {\\write18{rm -rf ~}}}',
    });
    const bibtex = await toBibtex([hostile, benign]);
    const [first, second] = scanBibtex(bibtex);
    expect(first?.fields.get('doi')).toBe(
      '10.1000/x%7D,%20note%20=%20%7B%5Cinput%7B/etc/passwd%7D%7D,%20x%20=%20%7B',
    );
    expect(first?.fields.get('url')).toMatch(/^https:\/\/example\.org\/a%7D%7D/);
    expect(second?.key).toBe('lovelace2020benign');
    const back = new Cite(bibtex).data;
    expect(back).toHaveLength(2);
    expect(back[0]?.DOI).toBe(first?.fields.get('doi'));
    expect(back[1]).toMatchObject({ DOI: '10.1000/benign', URL: 'https://example.org/benign' });
  });

  it('leaves out a URL that is not a web address', async () => {
    const bibtex = await toBibtex([paper(1, { url: 'javascript:alert(1)' })]);
    expect(scanBibtex(bibtex)[0]?.fields.has('url')).toBe(false);
  });

  it('holds for any text in any field', async () => {
    const dangerous = fc.constantFrom(
      ...'{}\\%#$&_~^<>@=,"\n\r\t\u0085\u2028 '.split(''),
      '^^5c',
      '\\input',
      '<i>',
      '</b>',
      '@misc{',
    );
    const text = fc
      .array(fc.oneof(dangerous, fc.string({ maxLength: 4 })), { maxLength: 12 })
      .map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(text, text, text, async (title, doi, url) => {
        const papers = [
          hostilePaper(1, title),
          paper(2, { externalIds: { doi: `10.1000/${doi}` }, url: `https://x.org/${url}` }),
          benign,
        ];
        expectOnlyWhatWasWritten(await toBibtex(papers), papers);
      }),
      { numRuns: 60 },
    );
  });
});

/** Every kind of line end a RIS reader might split on (Python's splitlines, for one). */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const LINE_END = /\r\n|[\n\r\v\f\u001c-\u001e\u0085\u2028\u2029]/;

function expectRisRecords(ris: string, count: number): void {
  const lines = ris.split(LINE_END).filter((line) => line !== '');
  expect(lines.filter((line) => !/^[A-Z][A-Z0-9] {2}- /.test(line))).toEqual([]);
  expect(lines.filter((line) => line.startsWith('TY  - '))).toHaveLength(count);
  expect(lines.filter((line) => line === 'ER  - ')).toHaveLength(count);
  expect(new Cite(ris).data).toHaveLength(count);
}

describe('RIS with hostile values', () => {
  it.each(['\n', '\r', '\u0085', '\u2028', '\u2029', '\v', '\f', '\u001c', '\u001e'])(
    'a line end %j in any value starts no tag',
    async (end) => {
      const value = `x${end}ER  - ${end}TY  - JOUR${end}TI  - injected${end}`;
      expectRisRecords(await toRis([hostilePaper(1, `https://x.org/${value}`), benign]), 2);
      expectRisRecords(await toRis([hostilePaper(2, value), benign]), 2);
    },
  );

  it('holds for any text in any field', async () => {
    // Line ends and controls often, any code point at all otherwise.
    const unit = fc.oneof(
      fc.constantFrom(...'\r\n\v\f\u001c\u001d\u001e\u0085\u2028\u2029\t -'.split('')),
      fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code)),
    );
    const text = fc.string({ unit, maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(text, async (value) => {
        expectRisRecords(await toRis([hostilePaper(1, value), benign]), 2);
      }),
      { numRuns: 60 },
    );
  });
});
