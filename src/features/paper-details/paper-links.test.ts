import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePaperInput } from '../../domain/identifier';
import type { AnyPaper, ExternalIds } from '../../domain/paper';
import { paperLinks } from './paper-links';

const paper = (fields: Partial<AnyPaper> & { externalIds?: ExternalIds }): AnyPaper =>
  ({
    id: null,
    title: 'A paper',
    url: null,
    openAccessPdfUrl: null,
    externalIds: {},
    ...fields,
  }) as AnyPaper;

const hrefOf = (label: string, fields: Parameters<typeof paper>[0]): string | undefined =>
  paperLinks(paper(fields)).find((link) => link.label === label)?.href;

/** The id a link carries in its path, decoded, and whether anything leaked past the path. */
function pathOf(href: string | undefined, host: string, prefix = '/') {
  const url = new URL(href ?? 'about:blank');
  expect(url.host).toBe(host);
  expect(url.search).toBe('');
  expect(url.hash).toBe('');
  expect(url.pathname.startsWith(prefix)).toBe(true);
  return decodeURIComponent(url.pathname.slice(prefix.length));
}

describe('paper links', () => {
  it.each(['10.1000/a#b?c d', '10.1000/<x>"y', '10.1000/100%', '10.1000/a/../../evil', '10.1/./x'])(
    'keeps the whole DOI %s in the doi.org path',
    (doi) => {
      expect(pathOf(hrefOf('DOI', { externalIds: { doi } }), 'doi.org')).toBe(doi);
    },
  );

  it('keeps the slashes of a DOI readable', () => {
    expect(hrefOf('DOI', { externalIds: { doi: '10.1093/mind/lix.236.433' } })).toBe(
      'https://doi.org/10.1093/mind/lix.236.433',
    );
  });

  it('links any DOI so that it reads back as the same DOI', () => {
    const suffix = fc.string({ unit: fc.constantFrom(...'aZ09-._;()/:<>#?%&+ "'.split('')) });
    const doi = fc
      .tuple(fc.integer({ min: 1000, max: 99_999 }), fc.constantFrom('a', 'Z', '7'), suffix)
      .map(([registrant, first, rest]) => `10.${registrant}/${first}${rest}`);
    fc.assert(
      fc.property(doi, (value) => {
        const href = hrefOf('DOI', { externalIds: { doi: value } });
        expect(pathOf(href, 'doi.org')).toBe(value);
        // The parser reads back what it can: no spaces, no sentence punctuation or slash at the
        // end (it trims those from pasted text), no dot segments.
        const readable =
          /^\S+$/.test(value) && !/[.,;:!?"')\]>}/]$/.test(value) && !/\/\.\.?(\/|$)/.test(value);
        if (readable) {
          expect(parsePaperInput(href ?? '')).toMatchObject({ kind: 'id', value });
        }
      }),
    );
  });

  it('encodes arXiv and PubMed ids, keeping an old arXiv id’s slash', () => {
    expect(hrefOf('arXiv', { externalIds: { arxiv: 'hep-th/9901001' } })).toBe(
      'https://arxiv.org/abs/hep-th/9901001',
    );
    expect(pathOf(hrefOf('arXiv', { externalIds: { arxiv: '1#x?y' } }), 'arxiv.org', '/abs/')).toBe(
      '1#x?y',
    );
    const pubmed = hrefOf('PubMed', { externalIds: { pubmed: '123?x#y' } });
    expect(pathOf(pubmed, 'pubmed.ncbi.nlm.nih.gov')).toBe('123?x#y/');
  });

  it('links only http(s) addresses without credentials', () => {
    const links = paperLinks(
      paper({
        url: 'javascript:alert(1)',
        openAccessPdfUrl: 'https://user:pw@example.org/paper.pdf',
      }),
    );
    expect(links).toEqual([]);
    expect(hrefOf('PDF (open access)', { openAccessPdfUrl: 'https://example.org/a b.pdf' })).toBe(
      'https://example.org/a%20b.pdf',
    );
  });
});
