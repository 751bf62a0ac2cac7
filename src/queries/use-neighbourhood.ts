// Fetches a centre paper, then its references and citations, and builds the graph model from
// whatever has arrived so far: references can be on screen while citations are still loading.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { buildCitationGraph, type CitationGraph } from '../graph/citation-graph';
import { linksQueryOptions, paperKeys, paperQueryOptions } from './paper-queries';
import { useS2Client } from './s2-client-context';

/** References are rarely more than a few hundred; citations are capped until the user asks. */
export const REFERENCE_CAP = 10_000;
export const DEFAULT_CITATION_CAP = 5_000;

export function useNeighbourhood(apiId: string, citationCap = DEFAULT_CITATION_CAP) {
  const client = useS2Client();
  const queryClient = useQueryClient();
  const paper = useQuery(paperQueryOptions(client, apiId));
  const centreId = paper.data?.id;

  // Opening a paper by DOI or arXiv id also files it under its paperId, so that clicking back
  // to it later by id makes no request.
  useEffect(() => {
    if (paper.data && paper.data.id !== apiId) {
      queryClient.setQueryData(paperKeys.detail(client.baseUrl, paper.data.id), paper.data);
    }
  }, [paper.data, apiId, client.baseUrl, queryClient]);

  const references = useQuery(linksQueryOptions(client, centreId, 'references', REFERENCE_CAP));
  const citations = useQuery(linksQueryOptions(client, centreId, 'citations', citationCap));

  const graph = useMemo<CitationGraph | null>(() => {
    if (!paper.data) return null;
    return buildCitationGraph({
      centre: paper.data,
      references: references.data?.links ?? [],
      citations: citations.data?.links ?? [],
    });
  }, [paper.data, references.data, citations.data]);

  return { paper, references, citations, graph };
}

export type NeighbourhoodQuery = ReturnType<typeof useNeighbourhood>;
