// Papers per year for the year-range control, split by relation so the bars can be coloured.
// The bars and their span come from the papers that can be drawn (resolved neighbours, and the
// centre's year for the span), so the slider spans the same years as the timeline. Entries S2
// could not resolve are listed but never drawn: they keep a count of their own, by year.
import type { GraphNode } from './citation-graph';

export interface YearBin {
  readonly year: number;
  readonly references: number;
  readonly citations: number;
}

/** Listed entries that are never drawn (no S2 record), by year. */
export interface NotDrawn {
  readonly total: number;
  readonly withoutYear: number;
  /** Year → how many; only years that have some. */
  readonly byYear: ReadonlyMap<number, number>;
}

export interface YearHistogram {
  /** One bin for every year from the earliest to the latest, empty years included. */
  readonly bins: readonly YearBin[];
  /** Drawn papers without a year. */
  readonly withoutYear: number;
  /** The same papers by relation (a paper that is both counts in each), for a bar of their own. */
  readonly noYear: Omit<YearBin, 'year'>;
  readonly min: number | null;
  readonly max: number | null;
  readonly notDrawn: NotDrawn;
}

/** Only papers S2 knows become nodes: the rule the renderer follows (node ids are paperIds). */
export function canBeDrawn(node: GraphNode): boolean {
  return node.paper.id !== null;
}

function add(map: Map<number, number>, year: number): void {
  map.set(year, (map.get(year) ?? 0) + 1);
}

/** `centreYear`, when known, widens the span so the bars line up with the timeline's axis. */
export function yearHistogram(
  nodes: readonly GraphNode[],
  centreYear: number | null = null,
): YearHistogram {
  const refs = new Map<number, number>();
  const cites = new Map<number, number>();
  const undrawn = new Map<number, number>();
  const noYear = { references: 0, citations: 0 };
  let withoutYear = 0;
  let undrawnTotal = 0;
  let undrawnWithoutYear = 0;
  let min = centreYear ?? Infinity;
  let max = centreYear ?? -Infinity;
  for (const node of nodes) {
    const year = node.paper.year;
    if (!canBeDrawn(node)) {
      undrawnTotal++;
      if (year === null) undrawnWithoutYear++;
      else add(undrawn, year);
      continue;
    }
    const isReference = node.relation !== 'citation';
    const isCitation = node.relation === 'citation' || node.relation === 'both';
    if (year === null) {
      withoutYear++;
      if (isReference) noYear.references++;
      if (isCitation) noYear.citations++;
      continue;
    }
    min = Math.min(min, year);
    max = Math.max(max, year);
    if (isReference) add(refs, year);
    if (isCitation) add(cites, year);
  }
  const notDrawn = { total: undrawnTotal, withoutYear: undrawnWithoutYear, byYear: undrawn };
  if (min === Infinity) return { bins: [], withoutYear, noYear, min: null, max: null, notDrawn };
  const bins: YearBin[] = [];
  for (let year = min; year <= max; year++) {
    bins.push({ year, references: refs.get(year) ?? 0, citations: cites.get(year) ?? 0 });
  }
  return { bins, withoutYear, noYear, min, max, notDrawn };
}

/** How many of the entries that are not drawn fall in a year range (either end open). */
export function notDrawnInRange(
  notDrawn: NotDrawn,
  from: number | null,
  to: number | null,
): number {
  let count = 0;
  for (const [year, n] of notDrawn.byYear) {
    if ((from === null || year >= from) && (to === null || year <= to)) count += n;
  }
  return count;
}
