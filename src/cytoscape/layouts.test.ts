import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { radialLayout } from '../graph/layout/radial';
import { paper } from '../test-support/papers';
import { syncElements } from './elements';
import { createLayoutRunner } from './layout-runner';
import { applyPositions, FORCE_LIMIT, planLayout } from './layouts';
import { starNeighbourhood } from '../test-support/graphs';

// The default force runner: in node there is no Worker, so it runs in place.
async function forcePositions(refs: number, cites: number) {
  const graph = starNeighbourhood(refs, cites);
  const cy = cytoscape({ headless: true, styleEnabled: true });
  syncElements(cy, graph, radialLayout(graph));
  const outcome = await createLayoutRunner(cy).run(graph, 'force').finished;
  return { outcome, positions: cy.nodes().map((n) => [n.id(), n.position()] as const) };
}

describe('the force layout', () => {
  it('gives the same picture for the same data', async () => {
    const a = await forcePositions(15, 25);
    const b = await forcePositions(15, 25);
    expect(a.outcome).toMatchObject({ drawn: 'force', note: null, nodes: 41 });
    expect(a.positions).toEqual(b.positions);
    // It did move the nodes away from the radial start.
    const radial = radialLayout(starNeighbourhood(15, 25));
    const moved = a.positions.filter(([id, p]) => {
      const start = radial.get(id);
      return start && Math.abs(start.x - p.x) > 1;
    });
    expect(moved.length).toBeGreaterThan(0);
  });

  it('spreads papers that only touch the centre instead of stacking them', async () => {
    const { positions } = await forcePositions(0, 40);
    const spots = new Set(positions.map(([, p]) => `${Math.round(p.x)},${Math.round(p.y)}`));
    expect(spots.size).toBe(positions.length);
  });

  it('keeps the centre at the origin', async () => {
    const { positions } = await forcePositions(5, 5);
    const centre = positions.find(([id]) => id === paper(1).id);
    expect(centre?.[1]).toEqual({ x: 0, y: 0 });
  });
});

describe('planLayout', () => {
  it('draws what was chosen up to the force limit', () => {
    expect(planLayout('force', FORCE_LIMIT)).toEqual({ drawn: 'force', note: null });
    expect(planLayout('timeline', FORCE_LIMIT * 3)).toEqual({ drawn: 'timeline', note: null });
  });

  it('draws radial past the force limit, with a note that says so', () => {
    const plan = planLayout('force', FORCE_LIMIT + 1);
    expect(plan.drawn).toBe('radial');
    expect(plan.note).toMatch(/limited to 3,000 papers; this graph has 3,001/);
  });
});

describe('applyPositions', () => {
  it('moves the nodes it names, ignores unknown keys, and leaves the rest where they are', () => {
    const cy = cytoscape({
      headless: true,
      elements: [
        { data: { id: 'a' }, position: { x: 1, y: 2 } },
        { data: { id: 'b' }, position: { x: 120, y: 0 } },
      ],
      layout: { name: 'preset' },
    });
    const found = applyPositions(
      cy,
      new Map([
        ['a', { x: -5, y: 7.25 }],
        ['zzz', { x: 1, y: 1 }],
      ]),
    );
    expect(found).toBe(1);
    expect(cy.getElementById('a').position()).toEqual({ x: -5, y: 7.25 });
    expect(cy.getElementById('b').position()).toEqual({ x: 120, y: 0 });
  });
});
