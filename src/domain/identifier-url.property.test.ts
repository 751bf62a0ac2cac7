import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIdForUrl } from './identifier';
import {
  chars,
  version,
  alnum,
  hex40,
  doi,
  newArxiv,
  oldArxiv,
  pmid,
  aclId,
  expectId,
} from '../test-support/identifier-arbitraries';

describe('identifiers in the app URL', () => {
  it('formatIdForUrl reads back to the same apiId, also through URLSearchParams', () => {
    const anyId = fc.oneof(
      hex40,
      doi,
      fc.tuple(newArxiv, version).map(([a, v]) => a + v),
      oldArxiv,
      pmid.map((n) => `PMID:${n}`),
      pmid.map((n) => `PMC${n}`),
      pmid.map((n) => `CorpusId:${n}`),
      pmid.map((n) => `MAG:${n}`),
      aclId,
    );
    fc.assert(
      fc.property(anyId, (input) => {
        const parsed = expectId(input);
        const query = new URLSearchParams({ paper: formatIdForUrl(parsed) }).toString();
        const back = expectId(new URLSearchParams(query).get('paper') ?? '');
        expect(back).toMatchObject({ scheme: parsed.scheme, apiId: parsed.apiId });
      }),
    );
  });

  it('keeps a DOI with #, ?, % and & whole, through the app URL and an encoded link', () => {
    const hostileDoi = fc
      .tuple(
        fc.integer({ min: 1000, max: 99_999 }),
        alnum,
        fc.string({ unit: chars('ab/#?%&+=<>;'), maxLength: 12 }),
        alnum,
      )
      .map(([registrant, first, middle, last]) => `10.${registrant}/${first}${middle}${last}`)
      .filter((value) => !/\/\.\.?(?:\/|$)/.test(value));
    fc.assert(
      fc.property(hostileDoi, (value) => {
        const query = new URLSearchParams({ paper: formatIdForUrl(expectId(value)) }).toString();
        expect(expectId(new URLSearchParams(query).get('paper') ?? '')).toMatchObject({ value });
        const link = `https://doi.org/${value.split('/').map(encodeURIComponent).join('/')}`;
        expect(expectId(link)).toMatchObject({ scheme: 'DOI', value });
      }),
    );
  });
});
