import { describe, expect, it } from 'vitest';
import { buildCitationGraph } from '../citation-graph';
import { forceLayout } from './force';
import { radialLayout } from './radial';
import { timelineLayout } from './timeline';
import { link, paper, unresolvedLink } from '../../test-support/papers';
import { nodeSize } from '../node-size';
import { canBeDrawn } from '../year-histogram';

function neighbourhood(refs: number, cites: number) {
  return buildCitationGraph({
    centre: paper(1, { year: 2015 }),
    references: [
      ...Array.from({ length: refs }, (_, i) =>
        link(paper(100 + i, { year: 1990 + (i % 25), citationCount: i })),
      ),
      unresolvedLink('An unmatched string'),
    ],
    citations: Array.from({ length: cites }, (_, i) =>
      link(
        paper(100_000 + i, { year: i % 7 === 0 ? null : 2015 + (i % 10), citationCount: i % 90 }),
      ),
    ),
  });
}

const overlaps = (positions: ReadonlyMap<string, { x: number; y: number }>) => {
  const seen = new Set<string>();
  let clashes = 0;
  for (const { x, y } of positions.values()) {
    const key = `${Math.round(x)},${Math.round(y)}`;
    if (seen.has(key)) clashes++;
    seen.add(key);
  }
  return clashes;
};

describe.each([
  ['radial', radialLayout],
  ['timeline', timelineLayout],
])('%s layout', (_name, layout) => {
  it('places every drawn node, the centre at the origin, without two nodes on one spot', () => {
    const graph = neighbourhood(60, 400);
    const positions = layout(graph);
    const unplaced = graph.nodes.filter((n) => canBeDrawn(n) && !positions.has(n.key));
    expect(unplaced).toEqual([]);
    expect(positions.get(graph.centre.id)).toEqual({ x: 0, y: 0 });
    expect(overlaps(positions)).toBe(0);
  });

  it('is deterministic: the same data gives the same picture', () => {
    expect([...layout(neighbourhood(30, 50))]).toEqual([...layout(neighbourhood(30, 50))]);
  });

  it('puts references to the left of the centre and citations to the right', () => {
    const graph = neighbourhood(20, 40);
    const positions = layout(graph);
    for (const node of graph.nodes) {
      if (node.paper.year === null) continue;
      const x = positions.get(node.key)?.x ?? NaN;
      if (node.relation === 'reference') expect(x).toBeLessThan(0);
      if (node.relation === 'citation' && node.paper.year > 2015) expect(x).toBeGreaterThan(0);
    }
  });
});

describe('timeline layout', () => {
  it('orders columns by year', () => {
    const graph = neighbourhood(25, 0);
    const positions = timelineLayout(graph);
    const x = (year: number) =>
      positions.get(graph.nodes.find((n) => n.paper.year === year)?.key ?? '')?.x ?? NaN;
    expect(x(1990)).toBeLessThan(x(2000));
    expect(x(2000)).toBeLessThan(x(2010));
  });
});

describe('nodeSize', () => {
  it('grows with citations on a log scale and stays within bounds', () => {
    expect(nodeSize(null)).toBe(nodeSize(0));
    expect(nodeSize(10)).toBeLessThan(nodeSize(1_000));
    expect(nodeSize(1_000) - nodeSize(10)).toBeCloseTo(nodeSize(100_000) - nodeSize(1_000), -1);
    expect(nodeSize(10_000_000)).toBe(64);
    expect(nodeSize(0)).toBe(12);
  });
});

describe('forceLayout with pinned nodes', () => {
  it('keeps the pinned nodes exactly where they are given and moves the others', () => {
    const graph = neighbourhood(10, 10);
    const start = radialLayout(graph);
    const nodes = [...start].map(([key, p]) => ({ key, ...p, size: 12 }));
    const edges = graph.edges.map(({ source, target }) => ({ source, target }));
    // The first half stays put, as papers a settled picture already placed.
    const pinned = nodes.slice(0, 10).map((n) => n.key);
    const moved = forceLayout({ centreKey: graph.centre.id, nodes, edges, pinned, ticks: 50 });
    for (const key of pinned) expect(moved[key]).toEqual(start.get(key));
    const free = nodes.slice(10).filter((n) => {
      const p = moved[n.key];
      return p && Math.hypot(p.x - n.x, p.y - n.y) > 1;
    });
    expect(free.length).toBeGreaterThan(0);
  });
});
