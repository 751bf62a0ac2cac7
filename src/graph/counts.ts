// Honest counts for the status line: how many of each kind are shown, and how many the paper
// really has according to Semantic Scholar.
import type { CitationGraph, GraphNode } from './citation-graph';

export interface RelationCount {
  /** Shown after filters. */
  readonly shown: number;
  /** Loaded from the API (before filters). */
  readonly loaded: number;
  /** What S2 says the paper has (may exceed what paging can reach), or null if unknown. */
  readonly total: number | null;
}

export interface NeighbourhoodCounts {
  /** Seeds drawn together (`?seeds=`); 1 for a single centre. */
  readonly seeds: number;
  readonly references: RelationCount;
  readonly citations: RelationCount;
  /** Papers added by expanding others (hop 2), and how many papers were expanded. */
  readonly secondHop: {
    readonly shown: number;
    readonly loaded: number;
    readonly expanded: number;
  };
}

const isReference = (node: GraphNode): boolean =>
  node.relation === 'reference' ||
  node.relation === 'both' ||
  (node.relation === 'unresolved' && node.unresolvedIn !== 'citations');
const isCitation = (node: GraphNode): boolean =>
  node.relation === 'citation' ||
  node.relation === 'both' ||
  (node.relation === 'unresolved' && node.unresolvedIn === 'citations');

/**
 * Counts the centre's references (unresolved ones included) and citations, a `both` node counting
 * in each, and apart from them the second-hop papers that expansions added.
 */
export function countNeighbourhood(
  graph: CitationGraph,
  isShown: (node: GraphNode) => boolean = () => true,
): NeighbourhoodCounts {
  let refsLoaded = 0;
  let refsShown = 0;
  let citesLoaded = 0;
  let citesShown = 0;
  let hopLoaded = 0;
  let hopShown = 0;
  for (const node of graph.nodes) {
    const shown = isShown(node);
    if (node.hop === 2) {
      hopLoaded++;
      if (shown) hopShown++;
      continue;
    }
    if (isReference(node)) {
      refsLoaded++;
      if (shown) refsShown++;
    }
    if (isCitation(node)) {
      citesLoaded++;
      if (shown) citesShown++;
    }
  }
  // Several seeds share neighbours: the sum of their counts is no total of distinct papers.
  const seeds = Math.max(1, graph.seeds?.length ?? 1);
  const single = seeds === 1;
  return {
    seeds,
    references: {
      shown: refsShown,
      loaded: refsLoaded,
      total: single ? graph.centre.referenceCount : null,
    },
    citations: {
      shown: citesShown,
      loaded: citesLoaded,
      total: single ? graph.centre.citationCount : null,
    },
    secondHop: { shown: hopShown, loaded: hopLoaded, expanded: graph.expanded?.length ?? 0 },
  };
}

const number = new Intl.NumberFormat('en');

function describe(count: RelationCount, singular: string, plural: string): string {
  const total = Math.max(count.total ?? 0, count.loaded);
  const noun = total === 1 ? singular : plural;
  if (count.shown < total)
    return `${number.format(count.shown)} of ${number.format(total)} ${noun}`;
  return `${number.format(count.shown)} ${noun}`;
}

function describeSecondHop({ shown, loaded, expanded }: NeighbourhoodCounts['secondHop']): string {
  const noun = loaded === 1 ? 'second-hop paper' : 'second-hop papers';
  const count =
    shown < loaded ? `${number.format(shown)} of ${number.format(loaded)}` : number.format(shown);
  return ` · ${count} ${noun} from ${number.format(expanded)} expanded`;
}

/**
 * "14 references · 1,000 of 10,059 citations", then " · 57 second-hop papers from 1 expanded";
 * with several seeds, "4 seeds · " first.
 */
export function describeCounts(counts: NeighbourhoodCounts): string {
  const seeds = counts.seeds > 1 ? `${number.format(counts.seeds)} seeds · ` : '';
  const direct = `${seeds}${describe(counts.references, 'reference', 'references')} · ${describe(counts.citations, 'citation', 'citations')}`;
  return counts.secondHop.expanded > 0 ? direct + describeSecondHop(counts.secondHop) : direct;
}
