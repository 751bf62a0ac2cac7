// Expanded neighbourhoods around their paper, the rest untouched: both computed layouts, on
// generated graphs with expansions of neighbours, of second-hop papers and of the centre.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCitationGraph, type CitationGraph } from '../citation-graph';
import { addExpansions } from '../expansion';
import { link, paper, unresolvedLink } from '../../test-support/papers';
import type { Point, Positions } from './positions';
import { radialLayout } from './radial';
import { ROW, SPACING } from './spacing';
import { timelineLayout } from './timeline';
import { timelineScale, yearX } from './timeline-scale';

type Year = number | null;

interface ExpansionSpec {
  /** Which drawn paper is expanded: an index into the centre and every node drawn so far. */
  readonly via: number;
  readonly references: readonly Year[];
  readonly citations: readonly Year[];
}

interface GraphSpec {
  readonly centreYear: Year;
  readonly references: readonly Year[];
  readonly citations: readonly Year[];
  readonly expansions: readonly ExpansionSpec[];
}

const yearArb = fc.option(fc.integer({ min: 1960, max: 2025 }), { freq: 8 });
const expansionArb = fc.record({
  via: fc.nat(),
  references: fc.array(yearArb, { maxLength: 40 }),
  citations: fc.array(yearArb, { maxLength: 60 }),
});
const specArb: fc.Arbitrary<GraphSpec> = fc.record({
  centreYear: fc.option(fc.integer({ min: 1990, max: 2020 }), { freq: 6 }),
  references: fc.array(yearArb, { maxLength: 50 }),
  citations: fc.array(yearArb, { maxLength: 70 }),
  expansions: fc.array(expansionArb, { minLength: 1, maxLength: 4 }),
});

const links = (years: readonly Year[], from: number) =>
  years.map((year, i) => link(paper(from + i, { year, citationCount: (i * 7) % 50 })));

/** The centre's own graph, and the same with its expansions (applied one by one, as the app does). */
function build(spec: GraphSpec): { own: CitationGraph; expanded: CitationGraph } {
  const own = buildCitationGraph({
    centre: paper(1, { year: spec.centreYear }),
    references: [...links(spec.references, 100), unresolvedLink('Lost', { year: 1900 })],
    citations: links(spec.citations, 1_000),
  });
  let expanded = own;
  spec.expansions.forEach((expansion, e) => {
    const drawn = [expanded.centre.id, ...expanded.nodes.flatMap((n) => n.paper.id ?? [])];
    const via = drawn[expansion.via % drawn.length] ?? expanded.centre.id;
    // Some of an expansion's papers are already drawn (a shared reference): those stay put.
    const from = 10_000 + e * 1_000;
    expanded = addExpansions(expanded, [
      {
        id: via,
        references: [...links(expansion.references, from), link(paper(100))],
        citations: links(expansion.citations, from + 500),
      },
    ]);
  });
  return { own, expanded };
}

const addedKeys = (graph: CitationGraph) =>
  new Set(graph.nodes.filter((n) => n.hop === 2).map((n) => n.key));

/** The least distance between two placed nodes of which at least one was added by an expansion. */
function closestToAdded(graph: CitationGraph, positions: Positions): number {
  const added = addedKeys(graph);
  const all = [...positions];
  let least = Infinity;
  all.forEach(([key, a], i) => {
    if (!added.has(key)) return;
    all.forEach(([other, b], j) => {
      if (i === j || (added.has(other) && j < i)) return;
      least = Math.min(least, Math.hypot(a.x - b.x, a.y - b.y));
    });
  });
  return least;
}

const finite = (positions: Positions) =>
  [...positions.values()].every((p) => Number.isFinite(p.x) && Number.isFinite(p.y));

const layouts = [
  ['radial', radialLayout, () => SPACING],
  // Years a column apart may stand closer than a row when a year is narrower than a row, as in
  // the drawing they join.
  [
    'timeline',
    timelineLayout,
    (graph: CitationGraph) => Math.min(ROW, timelineScale(graph).yearWidth),
  ],
] as const;

describe.each(layouts)('the %s layout with expansions', (_name, layout, spacing) => {
  it('places the centre and its own neighbours exactly as without the expansions', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const { own, expanded } = build(spec);
        const before = layout(own);
        const after = layout(expanded);
        for (const [key, point] of before) expect(after.get(key)).toEqual(point);
      }),
      { numRuns: 60 },
    );
  });

  it('places every second-hop paper, finite, deterministic, no closer than the layout spacing', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const { expanded } = build(spec);
        const positions = layout(expanded);
        for (const key of addedKeys(expanded)) expect(positions.has(key)).toBe(true);
        expect(finite(positions)).toBe(true);
        expect(closestToAdded(expanded, positions)).toBeGreaterThanOrEqual(
          spacing(expanded) - 1e-6,
        );
        expect([...layout(build(spec).expanded)]).toEqual([...positions]);
      }),
      { numRuns: 60 },
    );
  });

  it('places the papers of an expanded paper that is not drawn, without NaN', () => {
    const { expanded } = build({
      centreYear: 2010,
      references: [2001, 2002, null],
      citations: [2015],
      expansions: [{ via: 1, references: [1990, null], citations: [2020, 2021] }],
    });
    // A filter hid the expanded paper; its second-hop papers are still drawn.
    const filtered = { ...expanded, nodes: expanded.nodes.filter((n) => n.key !== paper(100).id) };
    const positions = layout(filtered);
    expect(finite(positions)).toBe(true);
    for (const key of addedKeys(filtered)) expect(positions.has(key)).toBe(true);
    expect(closestToAdded(filtered, positions)).toBeGreaterThanOrEqual(spacing(filtered) - 1e-6);
  });
});

/** A 2010 centre with 30 references and 30 citations; expansions of the given neighbours. */
function fan(expand: readonly { via: number; count: number }[]) {
  const own = buildCitationGraph({
    centre: paper(1, { year: 2010 }),
    references: links(
      Array.from({ length: 30 }, (_, i) => 1990 + (i % 20)),
      100,
    ),
    citations: links(
      Array.from({ length: 30 }, (_, i) => 2011 + (i % 12)),
      1_000,
    ),
  });
  const expanded = addExpansions(
    own,
    expand.map(({ via, count }, e) => ({
      id: paper(via).id,
      references: links(
        Array.from({ length: count }, (_, i) => 1980 + (i % 30)),
        10_000 + e * 1_000,
      ),
      citations: [],
    })),
  );
  return { own, expanded };
}

const viaOf = (graph: CitationGraph, key: string) => graph.nodes.find((n) => n.key === key)?.via;
const radius = (p: Point) => Math.hypot(p.x, p.y);
const angleBetween = (a: Point, b: Point) => {
  const d = Math.atan2(a.y, a.x) - Math.atan2(b.y, b.x);
  return Math.abs(Math.atan2(Math.sin(d), Math.cos(d)));
};

describe('radial expansions', () => {
  it('go beyond the outermost ring, in the direction of the paper they were expanded from', () => {
    const { own, expanded } = fan([
      { via: 100, count: 40 },
      { via: 1_000, count: 40 },
    ]);
    const reach = Math.max(...[...radialLayout(own).values()].map(radius));
    const positions = radialLayout(expanded);
    for (const key of addedKeys(expanded)) {
      const point = positions.get(key);
      const via = positions.get(viaOf(expanded, key) ?? '');
      if (!point || !via) throw new Error(`${key} or its paper is not placed`);
      expect(radius(point)).toBeGreaterThan(reach);
      // Each sector is at most a third of the circle wide, centred on its paper.
      expect(angleBetween(point, via)).toBeLessThanOrEqual(Math.PI / 3);
    }
  });

  it('puts a later expansion whose sector overlaps an earlier one further out', () => {
    // The reference drawn nearest to paper 100 (by angle), so the two sectors overlap.
    const drawn = radialLayout(fan([]).own);
    const at = (n: number) => drawn.get(paper(n).id) ?? { x: 0, y: 0 };
    const others = Array.from({ length: 29 }, (_, i) => 101 + i);
    const nearest = others.reduce((best, n) =>
      angleBetween(at(n), at(100)) < angleBetween(at(best), at(100)) ? n : best,
    );
    const { expanded } = fan([
      { via: 100, count: 30 },
      { via: nearest, count: 30 },
    ]);
    const positions = radialLayout(expanded);
    const radii = (via: number) =>
      expanded.nodes
        .filter((n) => n.via === paper(via).id)
        .map((n) => radius(positions.get(n.key) ?? { x: 0, y: 0 }));
    expect(Math.min(...radii(nearest))).toBeGreaterThan(Math.max(...radii(100)));
  });

  it('stays finite and spaced at 10,000 second-hop papers', () => {
    const { expanded } = fan([{ via: 100, count: 10_000 }]);
    const positions = radialLayout(expanded);
    // Every node and the centre.
    expect(positions.size).toBe(expanded.nodes.length + 1);
    expect(finite(positions)).toBe(true);
    expect(
      new Set([...positions.values()].map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size,
    ).toBe(positions.size);
  });
});

describe('timeline expansions', () => {
  it('keep the scale, stand at their year, beyond the drawing on the side of their paper', () => {
    const { own, expanded } = fan([
      { via: 100, count: 60 },
      { via: 1_000, count: 20 },
    ]);
    const scale = timelineScale(expanded);
    const before = timelineScale(own);
    expect(scale.yearWidth).toBe(before.yearWidth);
    expect(scale.originYear).toBe(before.originYear);
    expect(scale.years).toEqual({ first: 1980, last: 2022 });
    const ownPositions = [...timelineLayout(own).values()];
    const top = Math.min(...ownPositions.map((p) => p.y));
    const bottom = Math.max(...ownPositions.map((p) => p.y));
    const positions = timelineLayout(expanded);
    for (const node of expanded.nodes.filter((n) => n.hop === 2)) {
      const point = positions.get(node.key);
      const via = positions.get(node.via ?? '');
      if (!point || !via || node.paper.year === null) throw new Error(`${node.key} is not placed`);
      expect(Math.abs(point.x - yearX(scale, node.paper.year))).toBeLessThan(scale.yearWidth / 2);
      if (via.y >= 0) expect(point.y).toBeGreaterThanOrEqual(bottom + ROW);
      else expect(point.y).toBeLessThanOrEqual(top - ROW);
    }
  });

  it('opens the no-year lane for undated second-hop papers, and puts older years left of it', () => {
    const own = buildCitationGraph({
      centre: paper(1, { year: 2010 }),
      references: links([2000, 2005], 100),
      citations: links([2012], 1_000),
    });
    const expanded = addExpansions(own, [
      { id: paper(100).id, references: links([null, 1999, 1990], 10_000), citations: [] },
    ]);
    const scale = timelineScale(expanded);
    const lane = scale.noYearLane;
    if (!lane) throw new Error('expected a no-year lane');
    expect(timelineScale(own).noYearLane).toBeNull();
    const x = (n: number) => timelineLayout(expanded).get(paper(n).id)?.x ?? NaN;
    expect(x(10_000)).toBeGreaterThan(lane.left);
    expect(x(10_000)).toBeLessThan(lane.right);
    expect(x(10_001)).toBeLessThan(lane.left);
    expect(x(10_002)).toBeLessThan(x(10_001));
    expect(x(100)).toBeGreaterThan(lane.right);
  });
});
