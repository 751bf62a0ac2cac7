// Second-hop papers apart from the drawing they grow out of. Every layout first draws the graph
// without them (so the centre and its neighbours stand exactly where they would with no
// expansion), then places each expansion's papers around the paper they were expanded from.
import type { CitationGraph, GraphNode } from '../citation-graph';
import type { Point } from './positions';

/** The second-hop papers added by expanding one paper (`via`), in graph order. */
export interface ExpansionGroup {
  readonly via: string;
  readonly nodes: readonly GraphNode[];
}

export interface SplitGraph {
  /** The graph without second-hop papers: what the base layout draws. */
  readonly base: CitationGraph;
  /** One group per expanded paper, in the order their papers first appear. */
  readonly groups: readonly ExpansionGroup[];
}

export function splitExpansions(graph: CitationGraph): SplitGraph {
  const own: GraphNode[] = [];
  const byVia = new Map<string, GraphNode[]>();
  for (const node of graph.nodes) {
    if (node.hop !== 2) {
      own.push(node);
      continue;
    }
    const via = node.via ?? '';
    const list = byVia.get(via);
    if (list) list.push(node);
    else byVia.set(via, [node]);
  }
  if (byVia.size === 0) return { base: graph, groups: [] };
  const base = { ...graph, nodes: own };
  return { base, groups: [...byVia].map(([via, nodes]) => ({ via, nodes })) };
}

/**
 * Calls `place` for each group once its `via` paper has a position (an expansion of a
 * second-hop paper waits for that paper's own group), in group order otherwise. A group whose
 * paper is never drawn (filtered out, or missing) gets null, once nothing else can go first.
 */
export function placeInOrder(
  groups: readonly ExpansionGroup[],
  positions: ReadonlyMap<string, Point>,
  place: (group: ExpansionGroup, via: Point | null) => void,
): void {
  let pending = groups;
  while (pending.length > 0) {
    const waiting: ExpansionGroup[] = [];
    for (const group of pending) {
      const via = positions.get(group.via);
      if (via) place(group, via);
      else waiting.push(group);
    }
    if (waiting.length === pending.length) {
      const [orphan, ...rest] = waiting;
      if (orphan) place(orphan, null);
      pending = rest;
    } else {
      pending = waiting;
    }
  }
}

/** Most cited first, then by key: the order papers take the places nearest their `via`. */
export function byCitationsThenKey(a: GraphNode, b: GraphNode): number {
  return (b.paper.citationCount ?? 0) - (a.paper.citationCount ?? 0) || a.key.localeCompare(b.key);
}
