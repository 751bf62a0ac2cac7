import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { buildCitationGraph } from '../graph/citation-graph';
import { radialLayout } from '../graph/layout/radial';
import { link, paper } from '../test-support/papers';
import { syncElements } from './elements';
import { FORCE_LIMIT, runLayout } from './layouts';

function graphOf(refs: number, cites: number) {
  return buildCitationGraph({
    centre: paper(1, { year: 2012 }),
    references: Array.from({ length: refs }, (_, i) =>
      link(paper(10 + i, { year: 2000 + (i % 12) })),
    ),
    citations: Array.from({ length: cites }, (_, i) =>
      link(paper(100_000 + i, { year: 2013 + (i % 10) })),
    ),
  });
}

async function forcePositions(refs: number, cites: number) {
  const graph = graphOf(refs, cites);
  const cy = cytoscape({ headless: true, styleEnabled: true });
  syncElements(cy, graph, radialLayout(graph));
  const outcome = await runLayout(cy, graph, 'force');
  return { outcome, positions: cy.nodes().map((n) => [n.id(), n.position()]) };
}

describe('runLayout', () => {
  it('gives the same force layout for the same data', async () => {
    const a = await forcePositions(15, 25);
    const b = await forcePositions(15, 25);
    expect(a.outcome).toEqual({ used: 'force', note: null });
    expect(a.positions).toEqual(b.positions);
    // It did move the nodes away from the radial start.
    const graph = graphOf(15, 25);
    const radial = radialLayout(graph);
    const moved = a.positions.filter(([id, p]) => {
      const start = radial.get(id as string);
      return start && Math.abs(start.x - (p as { x: number }).x) > 1;
    });
    expect(moved.length).toBeGreaterThan(0);
  });

  it('falls back to radial with a note past the force limit', async () => {
    const { outcome } = await forcePositions(0, FORCE_LIMIT + 1);
    expect(outcome.used).toBe('radial');
    expect(outcome.note).toMatch(/limited/);
  });
});

describe('the force layout on a star', () => {
  it('spreads papers that only touch the centre instead of stacking them', async () => {
    const { positions } = await forcePositions(0, 40);
    const spots = new Set(
      positions.map(
        ([, p]) => `${Math.round((p as { x: number }).x)},${Math.round((p as { y: number }).y)}`,
      ),
    );
    expect(spots.size).toBe(positions.length);
  });

  it('keeps the centre at the origin', async () => {
    const { positions } = await forcePositions(5, 5);
    const centre = positions.find(([id]) => id === paper(1).id);
    expect(centre?.[1]).toEqual({ x: 0, y: 0 });
  });
});
