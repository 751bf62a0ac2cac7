// Derivative works (Connected Papers' term): the papers that build on much of this neighbourhood.
// Only papers already loaded are candidates — the centre's citing neighbours and the papers
// expansions added — and what each cites is read from the reference ids Discover already has
// and the graph's own links, so finding them costs no request. Papers outside the graph are not
// searched: see docs/decisions/0009 for why, and what it would cost.
import type { CitationGraph, GraphNode } from '../citation-graph';

export interface DerivativeWork {
  readonly id: string;
  /** The papers of the graph it cites (the centre first, then in the graph's order). */
  readonly cites: readonly string[];
}

/** Citing neighbours of the centre and every second-hop paper: what may build on the graph. */
function isCandidate(node: GraphNode): boolean {
  if (node.paper.id === null) return false;
  if (node.hop === 2) return true;
  return node.relation === 'citation' || node.relation === 'both';
}

/**
 * Loaded papers ranked by how many papers of the graph (the centre included) they cite, most
 * first, ties by id, so the same data always gives the same list. A paper citing fewer than
 * `minCites` is left out: citing the centre alone says nothing about the field.
 */
export function derivativeWorks(
  graph: CitationGraph,
  referencesOf: ReadonlyMap<string, readonly string[]>,
  minCites = 2,
): DerivativeWork[] {
  const order = new Map<string, number>([[graph.centre.id, 0]]);
  for (const node of graph.nodes) if (node.paper.id !== null) order.set(node.key, order.size);
  const cited = new Map<string, Set<string>>();
  const add = (citing: string, target: string) => {
    if (citing === target || !order.has(target)) return;
    const set = cited.get(citing);
    if (set) set.add(target);
    else cited.set(citing, new Set([target]));
  };
  // Second-hop papers have no reference list of their own here: their links to the graph are
  // the ones the expansions drew.
  for (const edge of graph.edges) add(edge.source, edge.target);
  for (const [citing, references] of referencesOf) {
    for (const target of references) add(citing, target);
  }
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  return graph.nodes
    .filter(isCandidate)
    .map((node) => ({
      id: node.key,
      cites: [...(cited.get(node.key) ?? [])].sort((a, b) => rank(a) - rank(b)),
    }))
    .filter((work) => work.cites.length >= minCites)
    .sort((a, b) => b.cites.length - a.cites.length || (a.id < b.id ? -1 : 1));
}
