import { describe, expect, it } from 'vitest';
import { buildCitationGraph } from './citation-graph';
import { NO_FILTERS, nodeMatcher } from './filters';
import { notDrawnInRange, yearHistogram } from './year-histogram';
import { link, paper, unresolvedLink } from '../test-support/papers';

const graph = buildCitationGraph({
  centre: paper(1, { year: 2015 }),
  references: [
    link(paper(2, { year: 2001, citationCount: 500 })),
    link(paper(3, { year: 2010, citationCount: 5 })),
    link(paper(6, { year: null })),
    // Listed, never drawn: S2 has no record of them.
    unresolvedLink('Lost in print'),
    unresolvedLink('A report from long ago', { year: 1950 }),
    unresolvedLink('Another old report', { year: 1950 }),
    unresolvedLink('A recent preprint', { year: 2012 }),
  ],
  citations: [
    link(paper(4, { year: 2018, citationCount: 50 })),
    link(paper(5, { year: null, citationCount: 0 })),
    link(paper(3, { year: 2010, citationCount: 5 })),
  ],
});

describe('yearHistogram', () => {
  it('bins every year from the first drawn paper to the last, empty years included', () => {
    const histogram = yearHistogram(graph.nodes);
    expect(histogram.min).toBe(2001);
    expect(histogram.max).toBe(2018);
    expect(histogram.bins).toHaveLength(18);
    // Paper 3 is both a reference and a citation.
    expect(histogram.bins.find((b) => b.year === 2010)).toEqual({
      year: 2010,
      references: 1,
      citations: 1,
    });
    expect(histogram.bins.find((b) => b.year === 2005)).toEqual({
      year: 2005,
      references: 0,
      citations: 0,
    });
  });

  it('leaves unresolved entries out of the bars and the span, and counts them apart', () => {
    const histogram = yearHistogram(graph.nodes);
    expect(histogram.bins.find((b) => b.year === 2012)).toEqual({
      year: 2012,
      references: 0,
      citations: 0,
    });
    expect(histogram.notDrawn).toEqual({
      total: 4,
      withoutYear: 1,
      byYear: new Map([
        [1950, 2],
        [2012, 1],
      ]),
    });
  });

  it('counts drawn papers without a year, by relation, apart from unresolved ones', () => {
    const histogram = yearHistogram(graph.nodes);
    expect(histogram.withoutYear).toBe(2);
    expect(histogram.noYear).toEqual({ references: 1, citations: 1 });
  });

  it("widens the span to the centre's year, so it spans the timeline's years", () => {
    const histogram = yearHistogram(graph.nodes, 2020);
    expect([histogram.min, histogram.max]).toEqual([2001, 2020]);
    expect(histogram.bins.at(-1)).toEqual({ year: 2020, references: 0, citations: 0 });
  });

  it('is empty when no drawn paper has a year, however many unresolved ones do', () => {
    const onlyUnresolved = buildCitationGraph({
      centre: paper(1, { year: null }),
      references: [unresolvedLink('Old', { year: 1950 }), link(paper(2, { year: null }))],
      citations: [],
    });
    expect(yearHistogram(onlyUnresolved.nodes)).toMatchObject({
      bins: [],
      min: null,
      max: null,
      withoutYear: 1,
      notDrawn: { total: 1, withoutYear: 0 },
    });
  });
});

describe('notDrawnInRange', () => {
  const { notDrawn } = yearHistogram(graph.nodes);

  it('counts the unresolved entries a year range keeps, either end open', () => {
    expect(notDrawnInRange(notDrawn, 1940, 1960)).toBe(2);
    expect(notDrawnInRange(notDrawn, 2000, null)).toBe(1);
    expect(notDrawnInRange(notDrawn, null, 2012)).toBe(3);
    expect(notDrawnInRange(notDrawn, 2013, 2020)).toBe(0);
  });
});

describe('the not-drawn count and the status line', () => {
  it('counts in a range exactly the unresolved entries the year filter keeps in the list', () => {
    const { notDrawn } = yearHistogram(graph.nodes);
    const ranges: [number | null, number | null][] = [
      [null, null],
      [1940, 1960],
      [1950, 1950],
      [2000, null],
      [null, 2011],
      [2013, 2020],
    ];
    for (const [yearFrom, yearTo] of ranges) {
      const keeps = nodeMatcher({ ...NO_FILTERS, yearFrom, yearTo });
      const listed = graph.nodes.filter((n) => n.relation === 'unresolved' && keeps(n)).length;
      const counted =
        yearFrom === null && yearTo === null
          ? notDrawn.total
          : notDrawnInRange(notDrawn, yearFrom, yearTo);
      expect([yearFrom, yearTo, counted]).toEqual([yearFrom, yearTo, listed]);
    }
  });
});
