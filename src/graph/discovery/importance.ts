// Importance in the graph: PageRank over the loaded papers and their links (citing → cited, so a
// paper cited by important papers ranks high). Computed by graphology's tested implementation;
// without links among neighbours it mostly ranks the centre and the papers the centre cites.
import { DirectedGraph } from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { CitationGraph } from '../citation-graph';

/** PageRank of every resolved paper of the graph (the centre included); the values sum to 1. */
export function pageRanks(graph: CitationGraph): Map<string, number> {
  const network = new DirectedGraph();
  network.addNode(graph.centre.id);
  for (const node of graph.nodes) {
    if (node.paper.id !== null) network.mergeNode(node.key);
  }
  for (const edge of graph.edges) {
    if (network.hasNode(edge.source) && network.hasNode(edge.target)) {
      network.mergeEdge(edge.source, edge.target);
    }
  }
  const ranks = pagerank(network, { getEdgeWeight: null });
  return new Map(Object.entries(ranks));
}
