import type { UseQueryResult } from '@tanstack/react-query';
import type { LinkList } from '../api/types';
import type { CitationGraph, GraphNode } from '../graph/citation-graph';
import { countNeighbourhood, describeCounts } from '../graph/counts';

interface NeighbourhoodStatusProps {
  readonly graph: CitationGraph;
  readonly isVisible: (node: GraphNode) => boolean;
  readonly references: UseQueryResult<LinkList>;
  readonly citations: UseQueryResult<LinkList>;
}

/** The one line that always says what is shown (after filters), and what is still loading. */
export function NeighbourhoodStatus({
  graph,
  isVisible,
  references,
  citations,
}: NeighbourhoodStatusProps) {
  const loading = [
    references.isFetching || references.isPending ? 'references' : null,
    citations.isFetching || citations.isPending ? 'citations' : null,
  ].filter((part) => part !== null);
  return (
    <p className="status-line" role="status" aria-live="polite">
      {describeCounts(countNeighbourhood(graph, isVisible))}
      {loading.length > 0 && <span className="muted"> · loading {loading.join(' and ')}…</span>}
    </p>
  );
}
