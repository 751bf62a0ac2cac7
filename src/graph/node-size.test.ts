import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCitationGraph } from './citation-graph';
import { addExpansions } from './expansion';
import { importanceRanks } from './importance';
import { localCitationCounts } from './interlinks';
import { CENTRE_SCALE, localNodeSize, nodeSize, nodeSizes } from './node-size';
import { link, paper } from '../test-support/papers';

const graph = buildCitationGraph({
  centre: paper(1, { citationCount: 900 }),
  references: [
    link(paper(2, { citationCount: 5000 })),
    link(paper(3, { citationCount: 10 })),
    link(paper(4, { citationCount: 10 })),
  ],
  citations: [link(paper(5, { citationCount: 0 })), link(paper(6, { citationCount: null }))],
});
const id = (n: number) => paper(n).id;
/** Paper 3 is cited by three papers of the graph, paper 2 by one. */
const localCounts = new Map([...localCitationCounts(graph), [id(3), 3], [id(2), 1]]);

describe('localNodeSize', () => {
  it('grows with the count, spans the whole range up to the most-cited neighbour', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        (a, b, most) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(localNodeSize(low, most)).toBeLessThanOrEqual(localNodeSize(high, most));
          expect(localNodeSize(low, most)).toBeGreaterThanOrEqual(nodeSize(0));
          expect(localNodeSize(high, most)).toBeLessThanOrEqual(nodeSize(10_000_000));
        },
      ),
    );
    expect(localNodeSize(0, 40)).toBe(12);
    expect(localNodeSize(40, 40)).toBe(64);
    // A graph whose best-linked paper is cited once does not draw that paper as a giant.
    expect(localNodeSize(1, 1)).toBeLessThan(40);
  });
});

describe('nodeSizes', () => {
  it('sizes by global citations by default, the centre a little larger', () => {
    const sizes = nodeSizes(graph, 'citations', localCounts);
    expect(sizes.get(id(2))).toBe(nodeSize(5000));
    expect(sizes.get(id(6))).toBe(nodeSize(0));
    expect(sizes.get(id(1))).toBe(nodeSize(900) * CENTRE_SCALE);
  });

  it('sizes by in-graph citations when asked and known', () => {
    const sizes = nodeSizes(graph, 'cited-here', localCounts);
    expect(sizes.get(id(3))).toBe(localNodeSize(3, 3));
    expect(sizes.get(id(3))).toBeGreaterThan(sizes.get(id(2)) ?? Infinity);
    expect(sizes.get(id(5))).toBe(12);
    expect(sizes.size).toBe(graph.nodes.length + 1);
  });

  it('sizes by PageRank when asked and known: the highest neighbour largest, none smallest', () => {
    const ranks = new Map([
      [id(4), 0.4],
      [id(2), 0.1],
    ]);
    const sizes = nodeSizes(graph, 'rank', ranks);
    expect(sizes.get(id(4))).toBe(64);
    expect(sizes.get(id(2))).toBeGreaterThan(12);
    expect(sizes.get(id(2))).toBeLessThan(64);
    expect(sizes.get(id(6))).toBe(12);
    expect(importanceRanks(graph, 'rank', ranks).get(id(4))).toBe(0);
    expect(nodeSizes(graph, 'rank', null)).toEqual(nodeSizes(graph, 'citations', null));
  });

  it('falls back to global citations while the in-graph counts are unknown', () => {
    expect(nodeSizes(graph, 'cited-here', null)).toEqual(nodeSizes(graph, 'citations', null));
  });
});

describe('importanceRanks', () => {
  it("puts the centre's own neighbours before papers an expansion added", () => {
    const grown = addExpansions(graph, [
      { id: id(3), references: [link(paper(30, { citationCount: 90_000 }))], citations: [] },
    ]);
    const ranks = importanceRanks(grown, 'citations', null);
    expect([...ranks.keys()]).toEqual([id(2), id(3), id(4), id(5), id(6), id(30)]);
  });

  it('ranks by global citations, ties broken by key', () => {
    const ranks = importanceRanks(graph, 'citations', localCounts);
    expect([...ranks.keys()]).toEqual([id(2), id(3), id(4), id(5), id(6)]);
    expect(ranks.get(id(2))).toBe(0);
    expect(ranks.has(id(1))).toBe(false);
  });

  it('ranks by in-graph citations when sizing by them, global citations breaking ties', () => {
    const ranks = importanceRanks(graph, 'cited-here', localCounts);
    expect([...ranks.keys()]).toEqual([id(3), id(2), id(4), id(5), id(6)]);
    expect(importanceRanks(graph, 'cited-here', null)).toEqual(
      importanceRanks(graph, 'citations', null),
    );
  });
});
