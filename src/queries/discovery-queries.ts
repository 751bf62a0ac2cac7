// The details of papers Discover ranks that are not in the graph (prior works): one batch request
// for the lot, each paper then filed under its own detail key, so making one the centre costs
// no further request.
import { queryOptions, skipToken } from '@tanstack/react-query';
import type { S2Client } from '../api/types';
import type { Paper } from '../domain/paper';
import { PAPER_FRESHNESS, paperKeys } from './paper-queries';

export function paperBatchQueryOptions(client: S2Client, ids: readonly string[]) {
  return queryOptions({
    queryKey: [...paperKeys.all(client.baseUrl), 'batch', ids.join(',')] as const,
    queryFn:
      ids.length > 0
        ? async ({ signal, client: queryClient }): Promise<Paper[]> => {
            const answer = await client.getPapers(ids, { signal });
            const papers = answer.filter((paper): paper is Paper => paper !== null);
            for (const paper of papers) {
              queryClient.setQueryData(paperKeys.detail(client.baseUrl, paper.id), paper);
            }
            return papers;
          }
        : skipToken,
    staleTime: PAPER_FRESHNESS,
    gcTime: PAPER_FRESHNESS,
  });
}

/**
 * Semantic Scholar's recommendations for the centre: one GET for the paper alone, one POST once
 * the reader has marked papers "Not relevant" (they become the negative examples).
 */
export function recommendationsQueryOptions(
  client: S2Client,
  centreId: string,
  notRelevant: readonly string[],
  enabled: boolean,
) {
  return queryOptions({
    queryKey: [
      ...paperKeys.all(client.baseUrl),
      'recommendations',
      centreId,
      notRelevant.join(','),
    ] as const,
    queryFn: enabled
      ? async ({ signal }): Promise<readonly Paper[]> => {
          const papers =
            notRelevant.length === 0
              ? await client.recommendForPaper(centreId, { signal })
              : await client.recommendForPapers(
                  { positive: [centreId], negative: notRelevant },
                  { signal },
                );
          // Asked by another id, the API may recommend the paper itself.
          return papers.filter((paper) => paper.id !== centreId);
        }
      : skipToken,
    staleTime: PAPER_FRESHNESS,
    gcTime: PAPER_FRESHNESS,
  });
}
