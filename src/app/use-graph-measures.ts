// With the links among papers in, the list can rank by how often this neighbourhood cites each
// paper, and PageRank over the graph gives a size, a label order and a sort key.
import { useMemo } from 'react';
import type { CitationGraph } from '../graph/citation-graph';
import { pageRanks } from '../graph/discovery/importance';
import { localCitationCounts } from '../graph/interlinks';

export function useGraphMeasures(graph: CitationGraph | null, linksShown: boolean) {
  const localCounts = useMemo(
    () => (graph && linksShown ? localCitationCounts(graph) : null),
    [graph, linksShown],
  );
  const ranks = useMemo(() => (graph && linksShown ? pageRanks(graph) : null), [graph, linksShown]);
  return { localCounts, ranks };
}
