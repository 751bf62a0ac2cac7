import type { GraphNode } from '../../graph/citation-graph';

/** `local`: how many papers of this neighbourhood cite the paper (with links shown). */
export type SortKey = 'year' | 'citations' | 'title' | 'local';
export type SortDirection = 'asc' | 'desc';

const compareNullable = (a: number | null, b: number | null): number => {
  // Unknown values sort last whichever way the column is ordered.
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  return a - b;
};

export function sortNodes(
  nodes: readonly GraphNode[],
  key: SortKey,
  direction: SortDirection,
  localCounts?: ReadonlyMap<string, number> | null,
): GraphNode[] {
  const value = (node: GraphNode): number | null => {
    if (key === 'year') return node.paper.year;
    if (key === 'local') return localCounts?.get(node.key) ?? null;
    return node.paper.citationCount;
  };
  const sign = direction === 'asc' ? 1 : -1;
  const byTitle = (a: GraphNode, b: GraphNode) =>
    (a.paper.title ?? '').localeCompare(b.paper.title ?? '');
  return [...nodes].sort((a, b) => {
    if (key === 'title') return sign * byTitle(a, b) || a.key.localeCompare(b.key);
    const [x, y] = [value(a), value(b)];
    if (x === null || y === null) return compareNullable(x, y) || byTitle(a, b);
    return sign * (x - y) || byTitle(a, b);
  });
}
