// The links among a centre's neighbours, fetched only when asked for: opening a paper still
// costs only its details and its two lists. The answer is a plain record of reference ids per
// neighbour (JSON, so the persisted cache can keep it). The key carries the neighbour count,
// not the ids: the list only grows while pages arrive or the cap is raised, and a larger list
// reuses what smaller ones fetched, asking only for the neighbours not seen yet.
import { queryOptions, skipToken, type QueryClient } from '@tanstack/react-query';
import type { S2Client } from '../api/types';
import type { PaperId } from '../domain/paper';
import { PAPER_FRESHNESS, paperKeys } from './paper-queries';

/** Neighbour key → the paperIds it cites (unresolved references left out). */
export type ReferenceIdRecord = Record<string, string[]>;

export const interlinkKeys = {
  of: (baseUrl: string, centreId: PaperId | undefined) =>
    [...paperKeys.all(baseUrl), 'interlinks', centreId] as const,
  count: (baseUrl: string, centreId: PaperId | undefined, neighbours: number) =>
    [...interlinkKeys.of(baseUrl, centreId), neighbours] as const,
};

/** Every reference list already fetched for this centre, under any neighbour count. */
function cachedLists(
  queryClient: QueryClient,
  baseUrl: string,
  centreId: PaperId,
): ReferenceIdRecord {
  const merged: ReferenceIdRecord = {};
  for (const [, data] of queryClient.getQueriesData<ReferenceIdRecord>({
    queryKey: interlinkKeys.of(baseUrl, centreId),
  })) {
    Object.assign(merged, data);
  }
  return merged;
}

/**
 * `neighbourIds`: the paperIds of every resolved neighbour (not only the visible ones: the key
 * counts them). `enabled` is the user's "show links among them"; until then nothing is asked.
 */
export function interlinksQueryOptions(
  client: S2Client,
  centreId: PaperId | undefined,
  neighbourIds: readonly string[],
  enabled: boolean,
) {
  // The key holds the count, not the ids: for one centre the list only grows, so its length
  // names it, and a key of thousands of ids would bloat the persisted cache.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- see above
  return queryOptions({
    queryKey: interlinkKeys.count(client.baseUrl, centreId, neighbourIds.length),
    queryFn:
      enabled && centreId
        ? async ({ signal, client: queryClient }): Promise<ReferenceIdRecord> => {
            const known = cachedLists(queryClient, client.baseUrl, centreId);
            const missing = neighbourIds.filter((id) => !Object.hasOwn(known, id));
            const fetched = await client.getReferenceIds(missing, { signal });
            const record: ReferenceIdRecord = {};
            for (const id of neighbourIds) {
              const list = Object.hasOwn(known, id) ? known[id] : fetched.get(id);
              if (list) record[id] = [...list];
            }
            return record;
          }
        : skipToken,
    staleTime: PAPER_FRESHNESS,
    gcTime: PAPER_FRESHNESS,
  });
}
