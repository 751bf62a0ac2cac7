// Timeline layout: x is the publication year, so references (older) fall to the left of the
// centre and citations (newer) to the right. Papers of one year stack in a column, most cited
// nearest the axis; a crowded year spreads over several sub-columns. The width of a year adapts
// so the picture keeps a landscape shape however many years it spans. Papers without a year
// are parked in a column of their own at the far left, so none disappears.
import type { CitationGraph, GraphNode } from '../citation-graph';
import type { Point, Positions } from './positions';

const ROW = 40;
const MAX_ROWS = 40;
const ASPECT = 1.6;
const MIN_YEAR_WIDTH = 30;
const MAX_YEAR_WIDTH = 240;

export interface TimelineScale {
  /** Horizontal distance between consecutive years. */
  readonly yearWidth: number;
  /** The year drawn at x = 0 (the centre's). */
  readonly originYear: number;
  /** Where papers without a year are parked. */
  readonly noYearX: number;
}

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
    // Sub-columns of a crowded year interleave around the year's x.
    const shift = sub === 0 ? 0 : (sub % 2 === 1 ? 1 : -1) * Math.ceil(sub / 2) * subWidth;
    out.set(node.key, { x: x + shift, y: offset * ROW + (sub % 2) * (ROW / 2) });
  });
}

function groupByYear(nodes: readonly GraphNode[]) {
  const byYear = new Map<number, GraphNode[]>();
  const noYear: GraphNode[] = [];
  for (const node of nodes) {
    const year = node.paper.year;
    if (year === null) {
      noYear.push(node);
      continue;
    }
    const list = byYear.get(year) ?? [];
    list.push(node);
    byYear.set(year, list);
  }
  return { byYear, noYear };
}

export function timelineScale(graph: CitationGraph): TimelineScale {
  const originYear = graph.centre.year ?? new Date().getFullYear();
  const { byYear, noYear } = groupByYear(graph.nodes);
  const years = [originYear, ...byYear.keys()];
  const min = Math.min(...years);
  const max = Math.max(...years);
  const tallest = Math.max(noYear.length, ...[...byYear.values()].map((list) => list.length));
  const height = Math.min(MAX_ROWS, Math.max(tallest, 8)) * ROW;
  const span = max - min + (noYear.length > 0 ? 3 : 1);
  const yearWidth = Math.min(MAX_YEAR_WIDTH, Math.max(MIN_YEAR_WIDTH, (height * ASPECT) / span));
  return { yearWidth, originYear, noYearX: (min - originYear - 2) * yearWidth };
}

export function timelineLayout(graph: CitationGraph): Positions {
  const scale = timelineScale(graph);
  const positions = new Map<string, Point>([[graph.centre.id, { x: 0, y: 0 }]]);
  const { byYear, noYear } = groupByYear(graph.nodes);
  for (const [year, nodes] of byYear) {
    column(nodes, (year - scale.originYear) * scale.yearWidth, scale.yearWidth, positions);
    // The centre's own year keeps the axis free for the centre itself.
    if (year === scale.originYear) {
      for (const node of nodes) {
        const p = positions.get(node.key);
        if (p) positions.set(node.key, { x: p.x, y: p.y + (p.y >= 0 ? ROW : 0) });
      }
    }
  }
  if (noYear.length > 0) column(noYear, scale.noYearX, scale.yearWidth, positions);
  return positions;
}
