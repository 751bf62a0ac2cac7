import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatIdForUrl,
  InvalidIdentifierError,
  parsePaperInput,
  type PaperInput,
} from './identifier';
import {
  chars,
  version,
  hex40,
  doi,
  newArxiv,
  pmid,
  surround,
  space,
  expectId,
} from '../test-support/identifier-arbitraries';

describe('parsePaperInput properties', () => {
  it('reads any 40-hex id, bare, spaced or as a paper link', () => {
    const forms = [
      (h: string) => h,
      (h: string) => `https://www.semanticscholar.org/paper/A-Slug/${h}`,
      (h: string) => `semanticscholar.org/paper/${h}?x=1`,
    ];
    fc.assert(
      fc.property(surround(hex40, forms), space, ({ value, input }, ws) => {
        const lower = value.toLowerCase();
        expect(expectId(`${ws}${input}${ws}`)).toMatchObject({
          scheme: 'S2',
          value: lower,
          apiId: lower,
        });
      }),
    );
  });

  it('reads any DOI, bare, prefixed, quoted, at a sentence end or as a doi.org link', () => {
    const forms = [
      (d: string) => d,
      (d: string) => `doi:${d}`,
      (d: string) => `DOI: ${d}`,
      (d: string) => `"${d}"`,
      (d: string) => `${d}.`,
      (d: string) => `https://doi.org/${d}`,
      (d: string) => `http://dx.doi.org/${d.split('/').map(encodeURIComponent).join('/')}`,
    ];
    fc.assert(
      fc.property(surround(doi, forms), space, ({ value, input }, ws) => {
        expect(expectId(`${ws}${input}${ws}`)).toMatchObject({
          scheme: 'DOI',
          value,
          apiId: `DOI:${value}`,
        });
      }),
    );
  });

  it('reads any DOI split by whitespace at its first slash, bare or prefixed', () => {
    const split = fc
      .tuple(space, space)
      .filter(([before, after]) => before + after !== '')
      .map(
        ([before, after]) =>
          (d: string) =>
            d.replace('/', `${before}/${after}`),
      );
    const prefix = fc.constantFrom('', 'doi:', 'DOI: ', 'doi ');
    fc.assert(
      fc.property(doi, split, prefix, (value, splitAt, before) => {
        expect(expectId(`${before}${splitAt(value)}`)).toMatchObject({
          scheme: 'DOI',
          value,
          apiId: `DOI:${value}`,
        });
      }),
    );
  });

  it('keeps a DOI-like start followed by several words a title', () => {
    const words = fc
      .array(fc.string({ unit: chars('abcdefghij'), minLength: 1, maxLength: 8 }), {
        minLength: 2,
        maxLength: 5,
      })
      .map((list) => list.join(' '));
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 99_999 }), words, (registrant, rest) => {
        expect(parsePaperInput(`10.${registrant} / ${rest}`)).toMatchObject({ kind: 'title' });
      }),
    );
  });

  it('reads any new-style arXiv id, with or without a version, bare, prefixed or as a link', () => {
    const forms = [
      (a: string) => a,
      (a: string) => `arXiv:${a}`,
      (a: string) => `https://arxiv.org/abs/${a}`,
      (a: string) => `https://arxiv.org/pdf/${a}.pdf`,
    ];
    fc.assert(
      fc.property(surround(newArxiv, forms), version, space, ({ value, input }, v, ws) => {
        const withVersion = v === '' ? input : input.replace(value, value + v);
        expect(expectId(`${ws}${withVersion}${ws}`)).toMatchObject({
          scheme: 'ARXIV',
          value: value + v,
          apiId: `ARXIV:${value}`,
        });
      }),
    );
  });

  it('reads any PMID, prefixed or as a PubMed link', () => {
    const forms = [
      (n: string) => `PMID:${n}`,
      (n: string) => `pmid ${n}`,
      (n: string) => `https://pubmed.ncbi.nlm.nih.gov/${n}/`,
      (n: string) => `https://www.ncbi.nlm.nih.gov/pubmed/${n}`,
    ];
    fc.assert(
      fc.property(surround(pmid, forms), space, ({ value, input }, ws) => {
        expect(expectId(`${ws}${input}${ws}`)).toMatchObject({
          scheme: 'PMID',
          value,
          apiId: `PMID:${value}`,
        });
      }),
    );
  });

  // Fragments of every form the parser knows, so that random strings reach deep branches.
  const fragments = fc
    .array(
      fc.constantFrom(
        ...[
          'doi:',
          'arXiv:',
          'PMID',
          'PMC',
          'CorpusId:',
          'ACL:',
          'MAG:',
          'https://',
          'http://',
          'www.',
        ],
        ...['doi.org/', 'arxiv.org/abs/', 'semanticscholar.org/paper/', 'pubmed.ncbi.nlm.nih.gov/'],
        ...['10.', '1000', '/', '.', ' ', '(', ')', '<', '>', '"', '%', '%2', '%E2%80%8B', 'v2'],
        ...['2502', '12671', 'hep-th', ':', '#', '?', 'P19-1001', 'a', 'é', '\u200b', 'pdf'],
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join(''));

  it('throws nothing but InvalidIdentifierError, and whatever it accepts round-trips', () => {
    const anything = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
      fragments,
    );
    fc.assert(
      fc.property(anything, (input) => {
        let parsed: PaperInput;
        try {
          parsed = parsePaperInput(input);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidIdentifierError);
          return;
        }
        if (parsed.kind === 'title') {
          expect(parsed.query).toBe(parsed.query.trim());
          expect(parsed.query).not.toBe('');
        } else {
          expect(expectId(formatIdForUrl(parsed)).apiId).toBe(parsed.apiId);
        }
      }),
      { numRuns: 2000 },
    );
    // 2,000 runs take about 4 s on a quiet machine: leave room for a busy one.
  }, 30_000);

  it('keeps titles made of words and years as title queries', () => {
    const prefixWords = /^(?:doi|arxiv|corpus|pmid|pubmed|pmcid|mag|acl)$/i;
    const word = fc
      .string({
        unit: chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-'),
        minLength: 1,
        maxLength: 12,
      })
      .filter((w) => !prefixWords.test(w));
    const title = fc
      .tuple(
        fc.array(word, { minLength: 1, maxLength: 8 }),
        fc.option(fc.integer({ min: 1900, max: 2030 })),
      )
      .map(([words, year]) => (year === null ? words : [...words, String(year)]).join(' '));
    fc.assert(
      fc.property(title, space, (query, ws) => {
        expect(parsePaperInput(`${ws}${query.replaceAll(' ', ` ${ws}`)}${ws}`)).toEqual({
          kind: 'title',
          query,
        });
      }),
    );
  });
});
