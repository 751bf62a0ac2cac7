import type { UseQueryResult } from '@tanstack/react-query';
import type { LinkList } from '../api/types';
import type { CitationGraph } from '../graph/citation-graph';
import { countNeighbourhood, describeCounts } from '../graph/counts';

interface NeighbourhoodStatusProps {
  readonly graph: CitationGraph;
  readonly references: UseQueryResult<LinkList>;
  readonly citations: UseQueryResult<LinkList>;
}

/** The one line that always says what is shown, and what is still loading. */
export function NeighbourhoodStatus({ graph, references, citations }: NeighbourhoodStatusProps) {
  const loading = [
    references.isPending && !references.isError ? 'references' : null,
    citations.isPending && !citations.isError ? 'citations' : null,
  ].filter((part) => part !== null);
  const counts = describeCounts(countNeighbourhood(graph));
  return (
    <p className="status-line" role="status" aria-live="polite">
      {counts}
      {loading.length > 0 && <span className="muted"> · loading {loading.join(' and ')}…</span>}
    </p>
  );
}
