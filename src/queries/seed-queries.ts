// The seed papers of a graph of several seeds: those already in the cache (an import just
// resolved them, or they were opened before) cost nothing; the rest come in one batch request
// per 500, each then filed under its own detail key. An id the API does not know is answered,
// never dropped: the explorer names it.
import { queryOptions, skipToken } from '@tanstack/react-query';
import type { S2Client } from '../api/types';
import type { Paper, PaperId } from '../domain/paper';
import { PAPER_FRESHNESS, paperKeys } from './paper-queries';

export interface SeedPapers {
  /** In the order asked for. */
  readonly papers: readonly Paper[];
  /** Ids the API answered with nothing. */
  readonly missing: readonly PaperId[];
}

export function seedPapersQueryOptions(client: S2Client, ids: readonly PaperId[]) {
  return queryOptions({
    queryKey: [...paperKeys.all(client.baseUrl), 'seeds', ids.join(',')] as const,
    queryFn:
      ids.length > 0
        ? async ({ signal, client: queryClient }): Promise<SeedPapers> => {
            const cached = (id: PaperId) =>
              queryClient.getQueryData<Paper>(paperKeys.detail(client.baseUrl, id));
            const ask = ids.filter((id) => cached(id) === undefined);
            const answer = ask.length > 0 ? await client.getPapers(ask, { signal }) : [];
            // The batch answers in the order asked; a merged paper may come back under its
            // own id, so it is filed under both.
            answer.forEach((paper, index) => {
              if (!paper) return;
              for (const key of new Set([paper.id, ask[index] ?? paper.id])) {
                queryClient.setQueryData(paperKeys.detail(client.baseUrl, key), paper);
              }
            });
            const papers: Paper[] = [];
            const missing: PaperId[] = [];
            for (const id of ids) {
              const paper = cached(id);
              if (paper) papers.push(paper);
              else missing.push(id);
            }
            return { papers, missing };
          }
        : skipToken,
    staleTime: PAPER_FRESHNESS,
    gcTime: PAPER_FRESHNESS,
  });
}
