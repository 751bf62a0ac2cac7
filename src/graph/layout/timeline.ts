// Timeline layout: x is the publication year, so references (older) fall to the left of the
// centre and citations (newer) to the right. Papers of one year stack in a column, most cited
// nearest the axis; a crowded year spreads over several sub-columns. The width of a year adapts
// so the picture keeps a landscape shape however many years it spans. Only papers that can be
// drawn count: an unresolved entry decades older than the rest never widens the axis. Drawn
// papers without a year get a lane of their own left of the earliest year, which the axis
// labels, so none disappears and none passes for a year it does not have.
import type { CitationGraph, GraphNode } from '../citation-graph';
import { canBeDrawn } from '../year-histogram';
import type { Point, Positions } from './positions';

const ROW = 40;
const MAX_ROWS = 40;
const ASPECT = 1.6;
const MIN_YEAR_WIDTH = 30;
const MAX_YEAR_WIDTH = 240;
/** The no-year lane is this many years wide and ends one year before the earliest year. */
const LANE_YEARS = 2;

/** A vertical band of the timeline, in model x coordinates. */
export interface TimelineLane {
  readonly left: number;
  readonly right: number;
}

export interface TimelineScale {
  /** Horizontal distance between consecutive years. */
  readonly yearWidth: number;
  /** The year drawn at x = 0 (the centre's). */
  readonly originYear: number;
  /** Earliest and latest year among the drawn papers (the centre included); null if none has one. */
  readonly years: { readonly first: number; readonly last: number } | null;
  /** Where drawn papers without a year stand; null when every drawn paper has a year. */
  readonly noYearLane: TimelineLane | null;
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
    // Sub-columns of a crowded year interleave around the year's x, within half its width.
    const shift = sub === 0 ? 0 : (sub % 2 === 1 ? 1 : -1) * Math.ceil(sub / 2) * subWidth;
    out.set(node.key, { x: x + shift, y: offset * ROW + (sub % 2) * (ROW / 2) });
  });
}

/** The drawable neighbours by year, and those without one. */
function groupByYear(nodes: readonly GraphNode[]) {
  const byYear = new Map<number, GraphNode[]>();
  const noYear: GraphNode[] = [];
  for (const node of nodes) {
    if (!canBeDrawn(node)) continue;
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

type Groups = ReturnType<typeof groupByYear>;

/**
 * The centre stands at x = 0: at its year, or, when it has none, in the middle of the no-year
 * lane (so the axis never gives it a year it does not have).
 */
function scaleOf(graph: CitationGraph, { byYear, noYear }: Groups): TimelineScale {
  const centreYear = graph.centre.year;
  const dated = centreYear === null ? [...byYear.keys()] : [centreYear, ...byYear.keys()];
  const years = dated.length > 0 ? { first: Math.min(...dated), last: Math.max(...dated) } : null;
  const hasLane = noYear.length > 0 || centreYear === null;
  let tallest = noYear.length;
  for (const list of byYear.values()) tallest = Math.max(tallest, list.length);
  const height = Math.min(MAX_ROWS, Math.max(tallest, 8)) * ROW;
  const span = (years ? years.last - years.first + 1 : 0) + (hasLane ? LANE_YEARS + 1 : 0);
  const yearWidth = Math.min(MAX_YEAR_WIDTH, Math.max(MIN_YEAR_WIDTH, (height * ASPECT) / span));
  const first = years?.first ?? 0;
  const originYear = centreYear ?? first - 1 - LANE_YEARS / 2;
  const laneRight = (first - originYear - 1) * yearWidth;
  return {
    yearWidth,
    originYear,
    years,
    noYearLane: hasLane ? { left: laneRight - LANE_YEARS * yearWidth, right: laneRight } : null,
  };
}

/** Moves a column's nodes off the axis row where the centre stands. */
function clearCentre(nodes: readonly GraphNode[], positions: Map<string, Point>): void {
  for (const node of nodes) {
    const p = positions.get(node.key);
    if (p) positions.set(node.key, { x: p.x, y: p.y + (p.y >= 0 ? ROW : 0) });
  }
}

export function timelineScale(graph: CitationGraph): TimelineScale {
  return scaleOf(graph, groupByYear(graph.nodes));
}

/** Positions for the centre and every drawable neighbour (unresolved entries are never drawn). */
export function timelineLayout(graph: CitationGraph): Positions {
  const groups = groupByYear(graph.nodes);
  const scale = scaleOf(graph, groups);
  const positions = new Map<string, Point>([[graph.centre.id, { x: 0, y: 0 }]]);
  for (const [year, nodes] of groups.byYear) {
    column(nodes, (year - scale.originYear) * scale.yearWidth, scale.yearWidth, positions);
    if (year === graph.centre.year) clearCentre(nodes, positions);
  }
  const lane = scale.noYearLane;
  if (lane) {
    column(groups.noYear, (lane.left + lane.right) / 2, lane.right - lane.left, positions);
    if (graph.centre.year === null) clearCentre(groups.noYear, positions);
  }
  return positions;
}
