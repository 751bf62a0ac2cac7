// Prior works (Connected Papers' term): the papers the neighbourhood builds on that are not in it.
// Read from each neighbour's reference ids — the same lists "Links among these papers" fetches —
// so finding them costs no request of its own; only their details do.
import type { CitationGraph } from '../citation-graph';

export interface PriorWork {
  readonly id: string;
  /** Neighbours whose references include it, in the graph's order. */
  readonly citedBy: readonly string[];
}

/**
 * Papers outside the centre's neighbourhood cited by the most of its papers, most cited first
 * (ties by id, so the same data always gives the same list). A paper cited by fewer than
 * `minCitedBy` is left out: one neighbour's reference says nothing about the field. Papers an
 * expansion drew (hop 2) are not the neighbourhood: a prior work stays one once expanded.
 */
export function priorWorks(
  graph: CitationGraph,
  referencesOf: ReadonlyMap<string, readonly string[]>,
  minCitedBy = 2,
): PriorWork[] {
  const inGraph = new Set<string>([graph.centre.id]);
  for (const node of graph.nodes) if (node.hop !== 2) inGraph.add(node.key);
  const citers = new Map<string, string[]>();
  for (const node of graph.nodes) {
    if (node.paper.id === null) continue;
    for (const id of new Set(referencesOf.get(node.key) ?? [])) {
      if (inGraph.has(id)) continue;
      const list = citers.get(id);
      if (list) list.push(node.key);
      else citers.set(id, [node.key]);
    }
  }
  return [...citers]
    .filter(([, citedBy]) => citedBy.length >= minCitedBy)
    .map(([id, citedBy]) => ({ id, citedBy }))
    .sort((a, b) => b.citedBy.length - a.citedBy.length || (a.id < b.id ? -1 : 1));
}
