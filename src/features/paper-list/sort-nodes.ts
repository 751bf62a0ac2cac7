import type { GraphNode } from '../../graph/citation-graph';

/**
 * `local`: how many papers of this neighbourhood cite the paper (with links shown);
 * `influential` and `intents`: how it and the centre cite each other; `seeds`: with several
 * seeds, how many of them it links to.
 */
export type SortKey =
  'year' | 'citations' | 'title' | 'local' | 'rank' | 'influential' | 'intents' | 'seeds';
export type SortDirection = 'asc' | 'desc';

const compareNullable = (a: number | null, b: number | null): number => {
  // Unknown values sort last whichever way the column is ordered.
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  return a - b;
};

/** By the intents' names ("background, methodology" before "methodology"); none given last. */
function compareIntents(a: GraphNode, b: GraphNode, sign: number): number {
  if (a.intents.length === 0 || b.intents.length === 0) {
    return (a.intents.length === 0 ? 1 : 0) - (b.intents.length === 0 ? 1 : 0);
  }
  return sign * a.intents.join().localeCompare(b.intents.join());
}

export function sortNodes(
  nodes: readonly GraphNode[],
  key: SortKey,
  direction: SortDirection,
  localCounts?: ReadonlyMap<string, number> | null,
  ranks?: ReadonlyMap<string, number> | null,
): GraphNode[] {
  const value = (node: GraphNode): number | null => {
    if (key === 'year') return node.paper.year;
    if (key === 'local') return localCounts?.get(node.key) ?? null;
    if (key === 'rank') return ranks?.get(node.key) ?? null;
    if (key === 'influential') return node.isInfluential ? 1 : 0;
    if (key === 'seeds') return node.seedLinks ?? null;
    return node.paper.citationCount;
  };
  const sign = direction === 'asc' ? 1 : -1;
  const byTitle = (a: GraphNode, b: GraphNode) =>
    (a.paper.title ?? '').localeCompare(b.paper.title ?? '');
  return [...nodes].sort((a, b) => {
    if (key === 'title') return sign * byTitle(a, b) || a.key.localeCompare(b.key);
    if (key === 'intents') return compareIntents(a, b, sign) || byTitle(a, b);
    const [x, y] = [value(a), value(b)];
    if (x === null || y === null) return compareNullable(x, y) || byTitle(a, b);
    return sign * (x - y) || byTitle(a, b);
  });
}
