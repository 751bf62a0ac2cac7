// Links among the neighbours. The neighbourhood as fetched is a star: every edge touches the
// centre. Which neighbours cite each other is what makes clusters visible, so once the
// neighbours' reference lists are known their links are added here, and each paper gets its
// "local citation count": how many papers of this neighbourhood cite it (the measure Local
// Citation Network ranks by), as opposed to its citation count across all of S2.
import { edgeKey, type CitationGraph, type GraphEdge } from './citation-graph';

/**
 * A new graph whose edges also hold every citing → cited link between two neighbours already in
 * the graph. `referencesOf` maps a neighbour's key to the ids it cites; ids outside the graph,
 * the centre and unresolved entries are ignored, so no node is added and the centre's edges stay
 * as they are. New edges follow node order (by source, then target), whatever the order of the
 * lists, so the same data always gives the same edge list.
 */
export function addInterlinks(
  graph: CitationGraph,
  referencesOf: ReadonlyMap<string, readonly string[]>,
): CitationGraph {
  const order = new Map<string, number>();
  graph.nodes.forEach((node, index) => {
    // Unresolved entries have synthetic keys and no reference list of their own. The centre is
    // never among the nodes, so links to or from it are never added here.
    if (node.paper.id !== null) order.set(node.key, index);
  });
  const existing = new Set(graph.edges.map((edge) => edge.key));
  const added: GraphEdge[] = [];
  for (const [source] of order) {
    const targets = new Set<number>();
    for (const target of referencesOf.get(source) ?? []) {
      const index = order.get(target);
      if (index !== undefined && target !== source) targets.add(index);
    }
    for (const index of [...targets].sort((a, b) => a - b)) {
      const target = graph.nodes[index]?.key;
      if (target === undefined) continue;
      const key = edgeKey(source, target);
      if (existing.has(key)) continue;
      existing.add(key);
      added.push({ key, source, target, facts: null });
    }
  }
  return { ...graph, edges: [...graph.edges, ...added] };
}

/**
 * For the centre and every node: how many papers of the neighbourhood (the centre included)
 * cite it, read from the graph's edges. Without interlinks that is 1 for each reference and
 * the number of citations for the centre; with them it tells the locally central papers apart.
 */
export function localCitationCounts(graph: CitationGraph): Map<string, number> {
  const counts = new Map<string, number>([[graph.centre.id, 0]]);
  for (const node of graph.nodes) counts.set(node.key, 0);
  // Edge keys are unique, so each edge is one distinct citing paper of its target.
  for (const edge of graph.edges) {
    counts.set(edge.target, (counts.get(edge.target) ?? 0) + 1);
  }
  return counts;
}
