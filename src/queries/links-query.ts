// A paper's citation or reference list as one query per cap. Pages stream into the cache as
// they land (the graph draws the first page at once), a stopped or failed load keeps what
// arrived, and raising the cap continues from the largest list already loaded, so no page is
// ever asked for twice.
import { queryOptions, skipToken, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type { LinkList, S2Client } from '../api/types';
import type { Direction, PaperId } from '../domain/paper';
import { PAPER_FRESHNESS, paperKeys } from './paper-queries';

export interface LinksData extends LinkList {
  /** False while pages are still arriving, or after loading was stopped. */
  readonly complete: boolean;
}

/** The longest list of this paper and direction in the cache, loaded under any cap. */
export function longestLoaded(
  queryClient: QueryClient,
  baseUrl: string,
  id: PaperId,
  direction: Direction,
): LinksData | undefined {
  const entries = queryClient.getQueriesData<LinksData>({
    queryKey: paperKeys.linksOf(baseUrl, id, direction),
  });
  let best: LinksData | undefined;
  for (const [, data] of entries) {
    if (data && (!best || data.links.length > best.links.length)) best = data;
  }
  return best;
}

/** `id` is undefined until the centre paper has resolved; the query waits for it. */
export function linksQueryOptions(
  client: S2Client,
  id: PaperId | undefined,
  direction: Direction,
  max: number,
) {
  return queryOptions({
    queryKey: paperKeys.links(client.baseUrl, id, direction, max),
    queryFn: id
      ? async ({ signal, client: queryClient, queryKey }): Promise<LinksData> => {
          const resume = longestLoaded(queryClient, client.baseUrl, id, direction);
          const list = await client.getAllLinks(id, direction, {
            signal,
            max,
            resume,
            onProgress: (partial) => {
              queryClient.setQueryData<LinksData>(queryKey, { ...partial, complete: false });
            },
          });
          // Benchmarks read this mark: the whole list is in memory from here on.
          performance.mark(`citescope:data-ready:${direction}`, {
            detail: { links: list.links.length },
          });
          return { ...list, complete: true };
        }
      : skipToken,
    // Raising the cap starts a query under a new key: until its first page lands, the list
    // already loaded stays (the drawing would otherwise drop every citation and add them again).
    placeholderData: (previous: LinksData | undefined, previousQuery) =>
      id && previousQuery && sameList(previousQuery.queryKey, client.baseUrl, id, direction)
        ? previous
        : undefined,
    staleTime: PAPER_FRESHNESS,
    gcTime: PAPER_FRESHNESS,
  });
}

function sameList(key: QueryKey, baseUrl: string, id: PaperId, direction: Direction): boolean {
  const prefix = paperKeys.linksOf(baseUrl, id, direction);
  return prefix.every((part, i) => key[i] === part);
}
