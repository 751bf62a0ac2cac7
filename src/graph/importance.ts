// Which papers matter most, by the same measure that sizes them: the order labels are handed
// out in. Global citations by default; "cited here" ranks by in-graph citations, with global
// citations breaking ties. The key breaks the rest, so the same data always ranks the same way.
// The centre's own neighbours come before papers an expansion added: a large expansion must not
// take every label from the neighbourhood being read (its papers get theirs on zooming in).
import type { CitationGraph, GraphNode } from './citation-graph';
import { effectiveSizeBy, type Measure, type SizeBy } from './node-size';

/** Rank of every neighbour (0 = most important); the centre is not ranked, it always matters. */
export function importanceRanks(
  graph: CitationGraph,
  sizeBy: SizeBy,
  measure: Measure | null,
): Map<string, number> {
  const local = effectiveSizeBy(sizeBy, measure) === 'citations' ? null : measure;
  const score = (node: GraphNode) => (local ? (local.get(node.key) ?? 0) : 0);
  const citations = (node: GraphNode) => node.paper.citationCount ?? 0;
  const secondHop = (node: GraphNode) => (node.hop === 2 ? 1 : 0);
  const ordered = [...graph.nodes].sort(
    (a, b) =>
      secondHop(a) - secondHop(b) ||
      score(b) - score(a) ||
      citations(b) - citations(a) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return new Map(ordered.map((node, index) => [node.key, index]));
}
