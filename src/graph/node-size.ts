// Node size says how much a paper matters, by the measure the reader chose: its citations across
// Semantic Scholar, or how many papers of this graph cite it ("cited here", known once the links
// among the papers are loaded). Diameter grows with the log of the count, so a 10,000-citation
// classic is large without dwarfing everything else.
import type { CitationGraph } from './citation-graph';

export type SizeBy = 'citations' | 'cited-here' | 'rank';

/**
 * The values a size other than citations follows, by node key: in-graph citation counts for
 * "cited here", PageRank for "rank". Null until the links among papers are loaded.
 */
export type Measure = ReadonlyMap<string, number>;

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

/** The measure in use: "cited here" and "rank" need their values and fall back to citations. */
export function effectiveSizeBy(sizeBy: SizeBy, measure: Measure | null): SizeBy {
  return sizeBy !== 'citations' && measure ? sizeBy : 'citations';
}

/** Size by PageRank: its square root against the highest neighbour's, so the range is used. */
function rankNodeSize(rank: number, most: number): number {
  return sized(most > 0 ? Math.sqrt(Math.max(0, rank) / most) : 0);
}

/** Every drawn node's diameter (the centre included), keyed like the graph's nodes. */
export function nodeSizes(
  graph: CitationGraph,
  sizeBy: SizeBy,
  measure: Measure | null,
): Map<string, number> {
  const sizes = new Map<string, number>();
  const by = effectiveSizeBy(sizeBy, measure);
  if (by === 'citations' || !measure) {
    sizes.set(graph.centre.id, nodeSize(graph.centre.citationCount) * CENTRE_SCALE);
    for (const node of graph.nodes) sizes.set(node.key, nodeSize(node.paper.citationCount));
    return sizes;
  }
  let most = 0;
  for (const node of graph.nodes) most = Math.max(most, measure.get(node.key) ?? 0);
  const size = by === 'rank' ? rankNodeSize : localNodeSize;
  sizes.set(graph.centre.id, size(measure.get(graph.centre.id) ?? 0, most) * CENTRE_SCALE);
  for (const node of graph.nodes) sizes.set(node.key, size(measure.get(node.key) ?? 0, most));
  return sizes;
}
