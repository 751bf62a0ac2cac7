// Timeline layout: x is the publication year, so references (older) fall to the left of the
// centre and citations (newer) to the right. Papers of one year stack in a column, most cited
// nearest the axis; a crowded year spreads over several sub-columns. The width of a year adapts
// so the picture keeps a landscape shape however many years it spans. Only papers that can be
// drawn count: an unresolved entry decades older than the rest never widens the axis. Drawn
// papers without a year get a lane of their own left of the earliest year, which the axis
// labels, so none disappears and none passes for a year it does not have (timeline-scale.ts).
// Second-hop papers go in bands above or below the drawing (timeline-expansions.ts).
import type { CitationGraph, GraphNode } from '../citation-graph';
import type { Point, Positions } from './positions';
import { ROW } from './spacing';
import { placeTimelineExpansions } from './timeline-expansions';
import { MAX_ROWS, scaled, yearX } from './timeline-scale';

function column(nodes: readonly GraphNode[], x: number, width: number, out: Map<string, Point>) {
  const sorted = [...nodes].sort(
    (a, b) =>
      (b.paper.citationCount ?? 0) - (a.paper.citationCount ?? 0) || a.key.localeCompare(b.key),
  );
  const subColumns = Math.ceil(sorted.length / MAX_ROWS);
  const subWidth = width / (subColumns + 1);
  sorted.forEach((node, i) => {
    const sub = Math.floor(i / MAX_ROWS);
    const row = i % MAX_ROWS;
    // Rows alternate around the axis: 0, +1, -1, +2, -2 …
    const offset = row % 2 === 0 ? -row / 2 : (row + 1) / 2;
    // Sub-columns of a crowded year interleave around the year's x, within half its width.
    const shift = sub === 0 ? 0 : (sub % 2 === 1 ? 1 : -1) * Math.ceil(sub / 2) * subWidth;
    out.set(node.key, { x: x + shift, y: offset * ROW + (sub % 2) * (ROW / 2) });
  });
}

/** Moves a column's nodes off the axis row where the centre stands. */
function clearCentre(nodes: readonly GraphNode[], positions: Map<string, Point>): void {
  for (const node of nodes) {
    const p = positions.get(node.key);
    if (p) positions.set(node.key, { x: p.x, y: p.y + (p.y >= 0 ? ROW : 0) });
  }
}

/** Positions for the centre and every drawable neighbour (unresolved entries are never drawn). */
export function timelineLayout(graph: CitationGraph): Positions {
  const { groups, own, scale } = scaled(graph);
  const positions = new Map<string, Point>([[graph.centre.id, { x: 0, y: 0 }]]);
  for (const [year, nodes] of own.byYear) {
    column(nodes, yearX(scale, year), scale.yearWidth, positions);
    if (year === graph.centre.year) clearCentre(nodes, positions);
  }
  const lane = scale.noYearLane;
  if (lane && own.noYear.length > 0) {
    column(own.noYear, (lane.left + lane.right) / 2, lane.right - lane.left, positions);
    if (graph.centre.year === null) clearCentre(own.noYear, positions);
  }
  placeTimelineExpansions(positions, groups, scale);
  return positions;
}
