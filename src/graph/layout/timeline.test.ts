import { describe, expect, it } from 'vitest';
import { buildCitationGraph, type CitationGraph } from '../citation-graph';
import { link, paper, unresolvedLink } from '../../test-support/papers';
import { canBeDrawn } from '../year-histogram';
import { timelineLayout } from './timeline';
import { timelineScale } from './timeline-scale';

/** A 2012 paper citing 1995–2011 and cited 2013–2025, a few papers a year, some without one. */
function neighbourhood(options: { undated?: number; oldUnresolved?: boolean } = {}) {
  const years = Array.from({ length: 31 }, (_, i) => 1995 + i).filter((y) => y !== 2012);
  const papers = years.flatMap((year, i) =>
    [0, 1, 2].map((k) => paper(100 + i * 3 + k, { year, citationCount: k * 10 })),
  );
  const undated = Array.from({ length: options.undated ?? 0 }, (_, i) =>
    paper(900 + i, { year: null }),
  );
  return buildCitationGraph({
    centre: paper(1, { year: 2012 }),
    references: [
      ...papers.filter((p) => (p.year ?? 0) < 2012).map((p) => link(p)),
      ...undated.map((p) => link(p)),
      // Entries S2 could not resolve, decades older than anything drawn.
      ...(options.oldUnresolved
        ? [
            unresolvedLink('Hand-written notes', { year: 1931 }),
            unresolvedLink('A lost report', { year: 1950 }),
            unresolvedLink('Undated manuscript'),
          ]
        : []),
    ],
    citations: papers.filter((p) => (p.year ?? 0) > 2012).map((p) => link(p)),
  });
}

/** The x of every drawn neighbour whose year passes `keep`. */
const xs = (graph: CitationGraph, keep: (year: number | null) => boolean) => {
  const positions = timelineLayout(graph);
  return graph.nodes
    .filter((n) => canBeDrawn(n) && keep(n.paper.year))
    .map((n) => positions.get(n.key)?.x ?? NaN);
};

describe('the timeline from drawn papers only', () => {
  it('spans the years of the drawn papers, not those of unresolved references', () => {
    const scale = timelineScale(neighbourhood({ undated: 2, oldUnresolved: true }));
    expect(scale.years).toEqual({ first: 1995, last: 2025 });
  });

  it('places the drawn papers exactly as if the unresolved references were not listed', () => {
    const clean = neighbourhood({ undated: 2 });
    const listed = neighbourhood({ undated: 2, oldUnresolved: true });
    const positions = timelineLayout(listed);
    for (const [key, point] of timelineLayout(clean)) expect(positions.get(key)).toEqual(point);
    // Unresolved entries are never drawn, so they get no place either.
    const unresolved = listed.nodes.filter((n) => n.relation === 'unresolved');
    expect(unresolved.map((n) => positions.get(n.key))).toEqual([undefined, undefined, undefined]);
  });

  it('keeps the dated papers over most of the picture, the no-year lane beside them', () => {
    const graph = neighbourhood({ undated: 2, oldUnresolved: true });
    const all = [...timelineLayout(graph).values()].map((p) => p.x);
    const dated = xs(graph, (year) => year !== null);
    const width = Math.max(...all) - Math.min(...all);
    expect((Math.max(...dated) - Math.min(...dated)) / width).toBeGreaterThan(0.85);
  });
});

describe('the no-year lane', () => {
  it('holds every drawn paper without a year, left of the earliest year', () => {
    const graph = neighbourhood({ undated: 45, oldUnresolved: true });
    const lane = timelineScale(graph).noYearLane;
    if (!lane) throw new Error('expected a no-year lane');
    const undated = xs(graph, (year) => year === null);
    expect(undated).toHaveLength(45);
    for (const x of undated) {
      expect(x).toBeGreaterThan(lane.left);
      expect(x).toBeLessThan(lane.right);
    }
    expect(Math.min(...xs(graph, (year) => year !== null))).toBeGreaterThan(lane.right);
  });

  it('is there only when some drawn paper has no year', () => {
    expect(timelineScale(neighbourhood({ oldUnresolved: true })).noYearLane).toBeNull();
  });

  it('holds the centre when it has no year, with no neighbour on its spot', () => {
    const graph = buildCitationGraph({
      centre: paper(1, { year: null }),
      references: [link(paper(2, { year: 2001 })), link(paper(3, { year: null }))],
      citations: [link(paper(4, { year: null }))],
    });
    const scale = timelineScale(graph);
    expect(scale.years).toEqual({ first: 2001, last: 2001 });
    expect(scale.noYearLane?.left).toBeLessThan(0);
    expect(scale.noYearLane?.right).toBeGreaterThan(0);
    const positions = timelineLayout(graph);
    expect(positions.get(graph.centre.id)).toEqual({ x: 0, y: 0 });
    const others = graph.nodes.map((n) => positions.get(n.key));
    expect(others).not.toContainEqual({ x: 0, y: 0 });
    expect(positions.get(paper(2).id)?.x).toBeGreaterThan(scale.noYearLane?.right ?? Infinity);
  });
});

describe('the timeline at 10,000 papers', () => {
  /** Resolved papers from 1990 on, one in 40 without a year, and 500 unresolved 1900s entries. */
  function large() {
    const papers = Array.from({ length: 10_000 }, (_, i) =>
      paper(10_000 + i, { year: i % 40 === 0 ? null : 1990 + (i % 36), citationCount: i % 97 }),
    );
    const lost = Array.from({ length: 500 }, (_, i) =>
      unresolvedLink(`Lost ${i}`, { year: 1900 + (i % 80) }),
    );
    return buildCitationGraph({
      centre: paper(1, { year: 2010 }),
      references: [...papers.filter((p) => (p.year ?? 0) <= 2010).map((p) => link(p)), ...lost],
      citations: papers.filter((p) => (p.year ?? 0) > 2010).map((p) => link(p)),
    });
  }

  it('places every drawn paper the same way each time, the undated ones in the lane', () => {
    const graph = large();
    const first = timelineLayout(graph);
    expect([...timelineLayout(graph)]).toEqual([...first]);
    expect(first.size).toBe(graph.nodes.filter(canBeDrawn).length + 1);
    expect(timelineScale(graph).years).toEqual({ first: 1990, last: 2025 });
    const lane = timelineScale(graph).noYearLane;
    const undated = xs(graph, (year) => year === null);
    expect(undated).toHaveLength(250);
    expect(undated.every((x) => lane !== null && x > lane.left && x < lane.right)).toBe(true);
  });
});
