import type { CitationGraph, GraphNode } from '../graph/citation-graph';
import { countNeighbourhood, describeCounts } from '../graph/counts';
import styles from './neighbourhood-status.module.css';

interface NeighbourhoodStatusProps {
  readonly graph: CitationGraph;
  readonly isVisible: (node: GraphNode) => boolean;
  /** The lists still arriving ("references", "citations"). */
  readonly loading: readonly string[];
}

/** The one line that always says what is shown (after filters), and what is still loading. */
export function NeighbourhoodStatus(props: NeighbourhoodStatusProps) {
  const { graph, isVisible, loading } = props;
  return (
    <p className={styles.status} role="status" aria-live="polite">
      {describeCounts(countNeighbourhood(graph, isVisible))}
      {loading.length > 0 && <span className="muted"> · loading {loading.join(' and ')}…</span>}
    </p>
  );
}
