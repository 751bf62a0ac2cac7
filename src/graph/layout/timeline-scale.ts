// The timeline's scale: how wide a year is, where each year and the no-year lane stand. Only
// papers that can be drawn count, and only the centre's own neighbours set the width and the
// origin: second-hop papers extend the span of years (and may open the lane, at the place it
// would have) but never move what is drawn. Years older than every neighbour continue left of
// the lane, so a second-hop paper never shares the lane's x with a year it does not have.
import type { CitationGraph, GraphNode } from '../citation-graph';
import { canBeDrawn } from '../year-histogram';
import { splitExpansions, type ExpansionGroup } from './expansion-placement';
import { ROW } from './spacing';

export const MAX_ROWS = 40;
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
  readonly years: YearSpan | null;
  /** Where drawn papers without a year stand; null when every drawn paper has a year. */
  readonly noYearLane: TimelineLane | null;
  /**
   * With a lane: the first year right of it. Earlier years (second-hop papers older than every
   * neighbour) continue left of the lane; null without a lane.
   */
  readonly laneYear: number | null;
}

interface YearSpan {
  readonly first: number;
  readonly last: number;
}

/** Where a year stands on the scale. */
export function yearX(scale: TimelineScale, year: number): number {
  const x = (year - scale.originYear) * scale.yearWidth;
  if (scale.laneYear === null || year >= scale.laneYear) return x;
  return x - (LANE_YEARS + 1) * scale.yearWidth;
}

function spanOf(years: readonly number[]): YearSpan | null {
  if (years.length === 0) return null;
  let first = Infinity;
  let last = -Infinity;
  for (const year of years) {
    first = Math.min(first, year);
    last = Math.max(last, year);
  }
  return { first, last };
}

function union(a: YearSpan | null, b: YearSpan | null): YearSpan | null {
  if (!a || !b) return a ?? b;
  return { first: Math.min(a.first, b.first), last: Math.max(a.last, b.last) };
}

/** The drawable neighbours by year, and those without one. */
export function groupByYear(nodes: readonly GraphNode[]) {
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

export type Groups = ReturnType<typeof groupByYear>;

/**
 * The centre stands at x = 0: at its year, or, when it has none, in the middle of the no-year
 * lane (so the axis never gives it a year it does not have). The width of a year and the origin
 * come from the centre's own neighbours (`own`) only; second-hop papers (`added`) extend the
 * span of years and may open the lane, at the place it would have.
 */
function scaleOf(graph: CitationGraph, own: Groups, added: Groups): TimelineScale {
  const centreYear = graph.centre.year;
  const ownYears = spanOf(
    centreYear === null ? [...own.byYear.keys()] : [centreYear, ...own.byYear.keys()],
  );
  const addedYears = spanOf([...added.byYear.keys()]);
  const ownLane = own.noYear.length > 0 || centreYear === null;
  let tallest = own.noYear.length;
  for (const list of own.byYear.values()) tallest = Math.max(tallest, list.length);
  const height = Math.min(MAX_ROWS, Math.max(tallest, 8)) * ROW;
  const span = (ownYears ? ownYears.last - ownYears.first + 1 : 0) + (ownLane ? LANE_YEARS + 1 : 0);
  const yearWidth = Math.min(MAX_YEAR_WIDTH, Math.max(MIN_YEAR_WIDTH, (height * ASPECT) / span));
  // Without dated neighbours the lane is centred on the centre whatever `first` is.
  const first = ownYears?.first ?? addedYears?.first ?? 0;
  const originYear = centreYear ?? first - 1 - LANE_YEARS / 2;
  const laneRight = (first - originYear - 1) * yearWidth;
  const hasLane = ownLane || added.noYear.length > 0;
  return {
    yearWidth,
    originYear,
    years: union(ownYears, addedYears),
    noYearLane: hasLane ? { left: laneRight - LANE_YEARS * yearWidth, right: laneRight } : null,
    laneYear: hasLane ? first : null,
  };
}

const NONE: Groups = { byYear: new Map(), noYear: [] };

/** The graph split into its own neighbours and expansions, and the scale they are drawn on. */
export function scaled(graph: CitationGraph): {
  readonly groups: readonly ExpansionGroup[];
  readonly own: Groups;
  readonly scale: TimelineScale;
} {
  const { base, groups } = splitExpansions(graph);
  const own = groupByYear(base.nodes);
  const added = groups.length === 0 ? NONE : groupByYear(groups.flatMap((group) => group.nodes));
  return { groups, own, scale: scaleOf(graph, own, added) };
}

export function timelineScale(graph: CitationGraph): TimelineScale {
  return scaled(graph).scale;
}
