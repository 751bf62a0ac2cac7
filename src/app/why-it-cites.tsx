// The citation-context pieces of the details panel, composed here because they join two
// features with the view: for the centre, how its citations cite it (a summary whose parts
// filter); for a neighbour, the sentences of each citation between it and the centre.
import { useMemo } from 'react';
import { IntentSummary } from '../features/citation-context/intent-summary';
import { LinkContexts } from '../features/citation-context/link-contexts';
import type { CitationGraph } from '../graph/citation-graph';
import type { GraphFilters } from '../graph/filters';
import { countIntents } from '../graph/intent-counts';

interface WhyItCitesProps {
  readonly graph: CitationGraph | null;
  /** The selected neighbour's key; null for the centre. */
  readonly selectedKey: string | null;
  readonly filters: GraphFilters;
  readonly onChange: (filters: GraphFilters) => void;
}

export function WhyItCites({ graph, selectedKey, filters, onChange }: WhyItCitesProps) {
  const counts = useMemo(() => (graph ? countIntents(graph) : null), [graph]);
  if (!graph || !counts) return null;
  if (selectedKey === null) {
    const total = graph.centre.citationCount ?? 0;
    return (
      <IntentSummary
        counts={counts}
        direction="citations"
        partial={counts.links < total}
        filters={filters}
        onChange={onChange}
      />
    );
  }
  const node = graph.nodes.find((candidate) => candidate.key === selectedKey);
  return node ? <LinkContexts node={node} /> : null;
}
