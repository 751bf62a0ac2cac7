// Node size says how much a paper matters, by the measure the reader chose: its citations across
// Semantic Scholar, or how many papers of this graph cite it ("cited here", known once the links
// among the papers are loaded). Diameter grows with the log of the count, so a 10,000-citation
// classic is large without dwarfing everything else.
import type { CitationGraph } from './citation-graph';

export type SizeBy = 'citations' | 'cited-here';

const MIN_NODE_SIZE = 12;
const MAX_NODE_SIZE = 64;
const LOG_CEILING = Math.log10(100_000 + 1);
/** The centre is drawn a little larger than its count alone would make it. */
export const CENTRE_SCALE = 1.3;
/** "Cited here" counts are small; below this ceiling a count of 1 would already look large. */
const LOCAL_CEILING_FLOOR = 4;

function sized(t: number): number {
  return Math.round(MIN_NODE_SIZE + Math.min(1, Math.max(0, t)) * (MAX_NODE_SIZE - MIN_NODE_SIZE));
}

export function nodeSize(citationCount: number | null): number {
  return sized(Math.log10(Math.max(0, citationCount ?? 0) + 1) / LOG_CEILING);
}

/** Size by in-graph citations: scaled to the most-cited neighbour, so the range is always used. */
export function localNodeSize(count: number, most: number): number {
  const ceiling = Math.max(LOCAL_CEILING_FLOOR, most);
  return sized(Math.log(Math.max(0, count) + 1) / Math.log(ceiling + 1));
}

/** The measure in use: "cited here" needs the in-graph counts and falls back to citations. */
export function effectiveSizeBy(
  sizeBy: SizeBy,
  localCounts: ReadonlyMap<string, number> | null,
): SizeBy {
  return sizeBy === 'cited-here' && localCounts ? 'cited-here' : 'citations';
}

/** Every drawn node's diameter (the centre included), keyed like the graph's nodes. */
export function nodeSizes(
  graph: CitationGraph,
  sizeBy: SizeBy,
  localCounts: ReadonlyMap<string, number> | null,
): Map<string, number> {
  const sizes = new Map<string, number>();
  if (effectiveSizeBy(sizeBy, localCounts) === 'citations' || !localCounts) {
    sizes.set(graph.centre.id, nodeSize(graph.centre.citationCount) * CENTRE_SCALE);
    for (const node of graph.nodes) sizes.set(node.key, nodeSize(node.paper.citationCount));
    return sizes;
  }
  let most = 0;
  for (const node of graph.nodes) most = Math.max(most, localCounts.get(node.key) ?? 0);
  const centreCount = localCounts.get(graph.centre.id) ?? 0;
  sizes.set(graph.centre.id, localNodeSize(centreCount, most) * CENTRE_SCALE);
  for (const node of graph.nodes) {
    sizes.set(node.key, localNodeSize(localCounts.get(node.key) ?? 0, most));
  }
  return sizes;
}
