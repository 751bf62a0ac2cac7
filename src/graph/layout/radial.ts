// Radial layout, computed directly (no simulation, so it is instant at 10,000 nodes and the
// same data always gives the same picture). References fill the left half-plane, citations the
// right; within a side, papers closest in time to the centre sit on the inner rings, and the
// most cited of a ring sit nearest the horizontal axis. Second-hop papers are left out of this
// drawing and placed around the paper they were expanded from (radial-expansions.ts).
import type { CitationGraph, GraphNode } from '../citation-graph';
import { splitExpansions } from './expansion-placement';
import type { Point, Positions } from './positions';
import { placeRadialExpansions } from './radial-expansions';
import { FIRST_RING, RING_GAP, SPACING } from './spacing';

type Side = 'left' | 'right';

function sideOf(node: GraphNode): Side {
  return node.relation === 'citation' ? 'right' : 'left';
}

function timeDistance(node: GraphNode, centreYear: number | null): number {
  if (node.paper.year === null || centreYear === null) return Number.MAX_SAFE_INTEGER;
  return Math.abs(node.paper.year - centreYear);
}

function byTimeThenCitations(centreYear: number | null) {
  return (a: GraphNode, b: GraphNode): number =>
    (b.seedLinks ?? 0) - (a.seedLinks ?? 0) ||
    timeDistance(a, centreYear) - timeDistance(b, centreYear) ||
    (b.paper.citationCount ?? 0) - (a.paper.citationCount ?? 0) ||
    a.key.localeCompare(b.key);
}

/** Places nodes on successive half-rings; each ring holds as many as its arc has room for. */
function placeSide(
  nodes: readonly GraphNode[],
  side: Side,
  out: Map<string, Point>,
  inner: number,
): void {
  let index = 0;
  for (let ring = 0; index < nodes.length; ring++) {
    const radius = inner + FIRST_RING + ring * RING_GAP;
    const capacity = Math.max(1, Math.floor((Math.PI * radius) / SPACING));
    const count = Math.min(capacity, nodes.length - index);
    for (let slot = 0; slot < count; slot++, index++) {
      const node = nodes[index];
      if (!node) break;
      // Alternate above and below the axis so the most cited stay near the middle.
      const rank = slot % 2 === 0 ? slot / 2 : -(slot + 1) / 2;
      const angle = (rank * Math.PI) / Math.max(count, 2) + (ring % 2) * (Math.PI / (2 * capacity));
      const x = Math.cos(angle) * radius;
      out.set(node.key, { x: side === 'left' ? -x : x, y: Math.sin(angle) * radius });
    }
  }
}

export function radialLayout(graph: CitationGraph): Positions {
  const { base, groups } = splitExpansions(graph);
  const positions = baseLayout(base);
  placeRadialExpansions(positions, groups);
  return positions;
}

/** Room a seed takes on its ring: seeds are drawn larger, with a large label. */
const SEED_SPACING = 4 * SPACING;

/**
 * With several seeds, the others stand on full rings around the first, in the order given; the
 * neighbours' rings start beyond them. Answers the radius the seeds take (0 for one centre).
 */
function placeSeeds(seeds: readonly GraphNode[], out: Map<string, Point>): number {
  let index = 0;
  let radius = 0;
  for (let ring = 1; index < seeds.length; ring++) {
    radius = ring * SEED_SPACING;
    const capacity = Math.floor((2 * Math.PI * radius) / SEED_SPACING);
    const count = Math.min(capacity, seeds.length - index);
    for (let slot = 0; slot < count; slot++, index++) {
      const seed = seeds[index];
      if (!seed) break;
      const angle = -Math.PI / 2 + (2 * Math.PI * slot) / count + ring * 0.5;
      out.set(seed.key, { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius });
    }
  }
  return radius;
}

function baseLayout(graph: CitationGraph): Map<string, Point> {
  const positions = new Map<string, Point>([[graph.centre.id, { x: 0, y: 0 }]]);
  const order = byTimeThenCitations(graph.centre.year);
  const inner = placeSeeds(
    graph.nodes.filter((n) => n.relation === 'centre'),
    positions,
  );
  const neighbours = graph.nodes.filter((n) => n.relation !== 'centre');
  const left = neighbours.filter((n) => sideOf(n) === 'left').sort(order);
  const right = neighbours.filter((n) => sideOf(n) === 'right').sort(order);
  placeSide(left, 'left', positions, inner);
  placeSide(right, 'right', positions, inner);
  return positions;
}
