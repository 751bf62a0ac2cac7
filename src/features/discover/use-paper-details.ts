// The details of ranked papers that are not drawn (prior works), a page of ids per batch request:
// the first page when the list appears, one more request for each page "Show more" reveals, and
// none again for a page already fetched.
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Paper } from '../../domain/paper';
import { paperBatchQueryOptions } from '../../queries/discovery-queries';
import { useS2Client } from '../../queries/s2-client-context';
import { DISCOVER_PAGE } from './discover-list';

// Module-level, so TanStack Query keeps the combined list while no page changes.
const combine = (results: UseQueryResult<Paper[]>[]): readonly Paper[] =>
  results.flatMap((result) => result.data ?? []);

/** `ids`: the rows on screen, in rank order; their details as they arrive. */
export function usePaperDetails(ids: readonly string[]): readonly Paper[] {
  const client = useS2Client();
  const pages = useMemo(() => {
    const chunks: string[][] = [];
    for (let start = 0; start < ids.length; start += DISCOVER_PAGE) {
      chunks.push(ids.slice(start, start + DISCOVER_PAGE));
    }
    return chunks;
  }, [ids]);
  return useQueries({
    queries: pages.map((page) => paperBatchQueryOptions(client, page)),
    combine,
  });
}
