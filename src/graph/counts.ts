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
  readonly references: RelationCount;
  readonly citations: RelationCount;
}

const isReference = (node: GraphNode): boolean =>
  node.relation === 'reference' ||
  node.relation === 'both' ||
  (node.relation === 'unresolved' && node.unresolvedIn !== 'citations');
const isCitation = (node: GraphNode): boolean =>
  node.relation === 'citation' ||
  node.relation === 'both' ||
  (node.relation === 'unresolved' && node.unresolvedIn === 'citations');

/** Counts references (unresolved ones included) and citations, a `both` node counting in each. */
export function countNeighbourhood(
  graph: CitationGraph,
  isShown: (node: GraphNode) => boolean = () => true,
): NeighbourhoodCounts {
  let refsLoaded = 0;
  let refsShown = 0;
  let citesLoaded = 0;
  let citesShown = 0;
  for (const node of graph.nodes) {
    const shown = isShown(node);
    if (isReference(node)) {
      refsLoaded++;
      if (shown) refsShown++;
    }
    if (isCitation(node)) {
      citesLoaded++;
      if (shown) citesShown++;
    }
  }
  return {
    references: { shown: refsShown, loaded: refsLoaded, total: graph.centre.referenceCount },
    citations: { shown: citesShown, loaded: citesLoaded, total: graph.centre.citationCount },
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

/** "14 references · 1,000 of 10,059 citations" */
export function describeCounts(counts: NeighbourhoodCounts): string {
  return `${describe(counts.references, 'reference', 'references')} · ${describe(counts.citations, 'citation', 'citations')}`;
}
