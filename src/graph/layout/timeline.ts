// Timeline layout: x is the publication year, so references (older) fall to the left of the
// centre and citations (newer) to the right. Papers of one year stack in a column, most cited
// nearest the axis; a crowded year spreads over several sub-columns. Papers without a year
// are parked in a column of their own at the far left, so none disappears.
import type { CitationGraph, GraphNode } from '../citation-graph';
import type { Point, Positions } from './positions';

const YEAR_WIDTH = 120;
const ROW = 40;
const MAX_ROWS = 40;
const SUB_COLUMN = YEAR_WIDTH / 4;

function column(nodes: readonly GraphNode[], x: number, out: Map<string, Point>): void {
  const sorted = [...nodes].sort(
    (a, b) =>
      (b.paper.citationCount ?? 0) - (a.paper.citationCount ?? 0) || a.key.localeCompare(b.key),
  );
  sorted.forEach((node, i) => {
    const sub = Math.floor(i / MAX_ROWS);
    const row = i % MAX_ROWS;
    // Rows alternate above and below the axis: 0, +1, -1, +2, -2 …
    const offset = row % 2 === 0 ? -row / 2 : (row + 1) / 2;
    // Sub-columns of a crowded year are interleaved around the year's x.
    const shift = sub === 0 ? 0 : (sub % 2 === 1 ? 1 : -1) * Math.ceil(sub / 2) * SUB_COLUMN;
    out.set(node.key, { x: x + shift, y: offset * ROW + (sub % 2) * (ROW / 2) });
  });
}

export function timelineLayout(graph: CitationGraph): Positions {
  const centreYear = graph.centre.year ?? new Date().getFullYear();
  const positions = new Map<string, Point>([[graph.centre.id, { x: 0, y: 0 }]]);
  const byYear = new Map<number, GraphNode[]>();
  const noYear: GraphNode[] = [];
  let minYear = centreYear;
  for (const node of graph.nodes) {
    const year = node.paper.year;
    if (year === null) {
      noYear.push(node);
      continue;
    }
    minYear = Math.min(minYear, year);
    const list = byYear.get(year) ?? [];
    list.push(node);
    byYear.set(year, list);
  }
  for (const [year, nodes] of byYear) {
    // The centre's own year keeps row 0 free for the centre itself.
    const x = (year - centreYear) * YEAR_WIDTH;
    column(nodes, x, positions);
    if (year === centreYear) {
      for (const node of nodes) {
        const p = positions.get(node.key);
        if (p) positions.set(node.key, { x: p.x, y: p.y + (p.y >= 0 ? ROW : 0) });
      }
    }
  }
  if (noYear.length > 0) column(noYear, (minYear - centreYear - 2) * YEAR_WIDTH, positions);
  return positions;
}
