import { useEffect, useMemo } from 'react';
import type { CitationGraph, GraphNode } from '../graph/citation-graph';
import { countNeighbourhood, describeCounts } from '../graph/counts';
import styles from './neighbourhood-status.module.css';
import { useSession } from './session-context';

interface NeighbourhoodStatusProps {
  readonly graph: CitationGraph;
  readonly isVisible: (node: GraphNode) => boolean;
  /** The lists still arriving ("references", "citations"). */
  readonly loading: readonly string[];
}

/**
 * The one line that always says what is shown (after filters), and what is still loading. Once
 * all is in, the exploration log learns what the step that led here showed.
 */
export function NeighbourhoodStatus(props: NeighbourhoodStatusProps) {
  const { graph, isVisible, loading } = props;
  const counts = useMemo(() => countNeighbourhood(graph, isVisible), [graph, isVisible]);
  const papers = useMemo(() => graph.nodes.filter(isVisible).length + 1, [graph, isVisible]);
  const recordShown = useSession((state) => state.recordShownInLog);
  const settled = loading.length === 0;
  useEffect(() => {
    if (!settled) return;
    recordShown(window.location.href, {
      papers,
      references: counts.references.shown,
      citations: counts.citations.shown,
      ...(counts.seeds > 1 ? { seeds: counts.seeds } : {}),
    });
  }, [settled, counts, papers, recordShown]);
  return (
    <p className={styles.status} role="status" aria-live="polite">
      {describeCounts(counts)}
      {loading.length > 0 && <span className="muted"> · loading {loading.join(' and ')}…</span>}
    </p>
  );
}
