// Relevance search for a title, a page at a time. Keyed under the papers of one API base URL like
// every paper query; searches are not persisted with the cache, only papers and their lists.
import { infiniteQueryOptions } from '@tanstack/react-query';
import type { S2Client } from '../../api/types';
import { PAPER_FRESHNESS, paperKeys } from '../../queries/paper-queries';

/** A page a reader takes in at a glance; more come on request. */
export const RESULTS_PAGE = 20;
/** The API ranks only the first 1,000 matches: asking past them is a 400, not an empty page. */
export const RESULTS_REACHABLE = 1000;

/** Where the next page starts, or undefined when the list has ended or reached the ranked part's end. */
export function nextResultsOffset(next: number | null): number | undefined {
  return next !== null && next < RESULTS_REACHABLE ? next : undefined;
}

export function searchResultsQueryOptions(client: S2Client, query: string) {
  return infiniteQueryOptions({
    queryKey: paperKeys.search(client.baseUrl, query),
    queryFn: ({ pageParam, signal }) =>
      client.search(query, {
        offset: pageParam,
        limit: Math.min(RESULTS_PAGE, RESULTS_REACHABLE - pageParam),
        signal,
      }),
    initialPageParam: 0,
    getNextPageParam: (last) => nextResultsOffset(last.next),
    staleTime: PAPER_FRESHNESS,
  });
}
