// Papers per year for the year-range control, split by relation so the bars can be coloured.
import type { GraphNode } from './citation-graph';

export interface YearBin {
  readonly year: number;
  readonly references: number;
  readonly citations: number;
}

export interface YearHistogram {
  /** One bin for every year from the earliest to the latest, empty years included. */
  readonly bins: readonly YearBin[];
  readonly withoutYear: number;
  readonly min: number | null;
  readonly max: number | null;
}

export function yearHistogram(nodes: readonly GraphNode[]): YearHistogram {
  const refs = new Map<number, number>();
  const cites = new Map<number, number>();
  let withoutYear = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const node of nodes) {
    const year = node.paper.year;
    if (year === null) {
      withoutYear++;
      continue;
    }
    min = Math.min(min, year);
    max = Math.max(max, year);
    const target = node.relation === 'citation' ? cites : refs;
    target.set(year, (target.get(year) ?? 0) + 1);
    if (node.relation === 'both') cites.set(year, (cites.get(year) ?? 0) + 1);
  }
  if (min === Infinity) return { bins: [], withoutYear, min: null, max: null };
  const bins: YearBin[] = [];
  for (let year = min; year <= max; year++) {
    bins.push({ year, references: refs.get(year) ?? 0, citations: cites.get(year) ?? 0 });
  }
  return { bins, withoutYear, min, max };
}
