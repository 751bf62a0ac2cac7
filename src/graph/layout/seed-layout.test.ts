import { describe, expect, it } from 'vitest';
import { link, paper } from '../../test-support/papers';
import { buildSeedGraph } from '../seed-graph';
import { radialLayout } from './radial';
import { timelineLayout } from './timeline';
import { FIRST_RING } from './spacing';

/** `n` seeds, each citing 30 papers of its own and the 5 papers all of them share. */
function seeds(n: number) {
  return buildSeedGraph(
    Array.from({ length: n }, (_, s) => ({
      seed: paper(1 + s, { year: 2010 + s }),
      references: [
        ...Array.from({ length: 5 }, (_, i) => link(paper(900 + i, { year: 2000 }))),
        ...Array.from({ length: 30 }, (_, i) => link(paper(1000 * (s + 1) + i, { year: 2001 }))),
      ],
      citations: [],
    })),
  );
}

const distance = (p: { x: number; y: number } | undefined) => Math.hypot(p?.x ?? NaN, p?.y ?? NaN);

describe.each([
  ['radial', radialLayout],
  ['timeline', timelineLayout],
])('%s layout of several seeds', (_name, layout) => {
  it('places every seed and neighbour, each on a spot of its own', () => {
    const graph = seeds(12);
    const positions = layout(graph);
    expect(graph.nodes.filter((node) => !positions.has(node.key))).toEqual([]);
    const spots = new Set(
      [...positions.values()].map(({ x, y }) => `${Math.round(x)},${Math.round(y)}`),
    );
    expect(spots.size).toBe(positions.size);
  });
});

describe('radial layout of several seeds', () => {
  it('rings the seeds around the first and puts the papers they share nearest them', () => {
    const graph = seeds(12);
    const positions = radialLayout(graph);
    const seedIds = graph.seeds ?? [];
    const outerSeed = Math.max(...seedIds.map((id) => distance(positions.get(id))));
    const neighbours = graph.nodes.filter((node) => node.relation !== 'centre');
    const nearest = Math.min(...neighbours.map((node) => distance(positions.get(node.key))));
    expect(nearest).toBeGreaterThanOrEqual(outerSeed + FIRST_RING - 1);
    const shared = neighbours.filter((node) => node.seedLinks === 12);
    const own = neighbours.filter((node) => node.seedLinks === 1);
    const farthestShared = Math.max(...shared.map((node) => distance(positions.get(node.key))));
    const nearestOwn = Math.min(...own.map((node) => distance(positions.get(node.key))));
    expect(shared).toHaveLength(5);
    expect(farthestShared).toBeLessThanOrEqual(nearestOwn + 1e-6);
  });
});
