import { describe, expect, it } from 'vitest';
import { SchemaError } from './errors';
import {
  mapRecommendations,
  recommendationsBaseUrl,
  RecommendationsAddressError,
} from './recommendations';
import { hexId } from './test-doubles';

describe('recommendationsBaseUrl', () => {
  it('puts the recommendations API beside the Graph API', () => {
    expect(recommendationsBaseUrl('https://api.semanticscholar.org/graph/v1')).toBe(
      'https://api.semanticscholar.org/recommendations/v1',
    );
  });

  it('keeps the origin and prefix of a proxy, and ignores trailing slashes', () => {
    expect(recommendationsBaseUrl('http://127.0.0.1:4173/s2/graph/v1/')).toBe(
      'http://127.0.0.1:4173/s2/recommendations/v1',
    );
    expect(recommendationsBaseUrl('https://lab.example/api/graph/v1//')).toBe(
      'https://lab.example/api/recommendations/v1',
    );
  });

  it('changes only the last graph/v1, not one earlier in the path', () => {
    expect(recommendationsBaseUrl('https://lab.example/graph/v1/mirror/graph/v1')).toBe(
      'https://lab.example/graph/v1/mirror/recommendations/v1',
    );
  });

  it('refuses an address that does not end in /graph/v1', () => {
    for (const base of [
      'https://lab.example/s2',
      'https://lab.example/graph/v2',
      'https://lab.example/graph/v1x',
      'https://lab.example/graph/v1?key=1',
    ]) {
      expect(() => recommendationsBaseUrl(base)).toThrow(RecommendationsAddressError);
    }
  });
});

const URL_ = 'https://s2.test/recommendations/v1/papers/forpaper/x';
const wire = (n: number, extra: Record<string, unknown> = {}) => ({
  paperId: hexId(n),
  title: `Paper ${n}`,
  ...extra,
});

describe('mapRecommendations', () => {
  it('maps each paper to the domain, in the order given', () => {
    const papers = mapRecommendations(
      {
        recommendedPapers: [
          wire(2, { year: 2020, venue: '', authors: null }),
          wire(1, { citationCount: 7 }),
        ],
      },
      URL_,
      [],
    );
    expect(papers.map((paper) => paper.id)).toEqual([hexId(2), hexId(1)]);
    expect(papers[0]).toMatchObject({ title: 'Paper 2', year: 2020, venue: null, authors: [] });
    expect(papers[1]).toMatchObject({ citationCount: 7 });
  });

  it('an empty list, a null list and null entries are no papers, not a failure', () => {
    expect(mapRecommendations({ recommendedPapers: [] }, URL_, [])).toEqual([]);
    expect(mapRecommendations({ recommendedPapers: null }, URL_, [])).toEqual([]);
    const [only, ...rest] = mapRecommendations({ recommendedPapers: [null, wire(3)] }, URL_, []);
    expect(only?.id).toBe(hexId(3));
    expect(rest).toEqual([]);
  });

  it('leaves out the asked papers (in any case) and repeats', () => {
    const json = { recommendedPapers: [wire(10), wire(11), wire(10), wire(12)] };
    const papers = mapRecommendations(json, URL_, [hexId(10).toUpperCase(), ` ${hexId(12)} `]);
    expect(papers.map((paper) => paper.id)).toEqual([hexId(11)]);
  });

  it('refuses a body that is not a recommendations answer', () => {
    for (const json of [{}, [], { data: [wire(1)] }, { recommendedPapers: [{ title: 'no id' }] }]) {
      expect(() => mapRecommendations(json, URL_, [])).toThrow(SchemaError);
    }
  });
});
