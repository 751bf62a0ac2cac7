// Growing the graph in place: the references and citations of each expanded paper, one list
// query per paper and direction, through the same paging and cache as the centre's own lists.
// A list already loaded (the paper was a centre before, or is expanded again after a reload)
// costs nothing; a new one costs one request per 1,000 entries, up to the budget. A paper that
// is not drawn (a prior work, a recommendation) also needs its details: from the cache when
// Discover fetched them, else one request — asked only once every list is in, since an earlier
// expansion may draw it.
import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Direction, PaperId } from '../domain/paper';
import type { Expansion } from '../graph/expansion';
import { linksQueryOptions, type LinksData } from './links-query';
import { paperQueryOptions } from './paper-queries';
import { useS2Client } from './s2-client-context';

/** Entries loaded per direction for one expansion unless the reader asks for another budget. */
export const EXPANSION_BUDGET = 1_000;

/** One expansion whose lists could not be loaded, with a way to try again. */
export interface ExpansionFailure {
  readonly id: PaperId;
  /** What could not be loaded: one of its lists, or (for a paper not drawn) its details. */
  readonly direction: Direction | 'details';
  readonly error: Error;
  readonly retry: () => void;
}

export interface ExpansionsState {
  /** What has arrived so far for every expanded paper, in the order they were expanded. */
  readonly expansions: readonly Expansion[];
  /** The expanded papers whose lists are still arriving. */
  readonly loading: readonly PaperId[];
  readonly failures: readonly ExpansionFailure[];
  /** The lists loaded for each paper (for counts such as "1,000 of 1,400 citations"). */
  readonly lists: ReadonlyMap<PaperId, { references?: LinksData; citations?: LinksData }>;
}

const DIRECTIONS: readonly Direction[] = ['references', 'citations'];

/** Every paper the loaded lists name. */
function listedIn(results: readonly { readonly data?: LinksData | undefined }[]): Set<string> {
  const listed = new Set<string>();
  for (const result of results) {
    for (const entry of result.data?.links ?? []) if (entry.paper.id) listed.add(entry.paper.id);
  }
  return listed;
}

/**
 * `drawn`: the centre and its neighbours, once known (null before): papers whose details need
 * no request.
 */
export function useExpansions(
  ids: readonly PaperId[],
  budget: number,
  drawn: ReadonlySet<string> | null,
): ExpansionsState {
  const client = useS2Client();
  const results = useQueries({
    queries: ids.flatMap((id) =>
      DIRECTIONS.map((direction) => linksQueryOptions(client, id, direction, budget)),
    ),
  });
  // useQueries answers a new array each render; the parts are rebuilt only when data changes.
  const dataKey = results.map((r) => r.dataUpdatedAt).join();
  const listsIn = results.every((result) => !result.isPending && !result.isFetching);
  // Read once per change of the lists, not on every render (they hold up to 2 × budget papers).
  const listed = useMemo(
    () => (listsIn ? listedIn(results) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- dataKey stands for the results' data
    [listsIn, dataKey],
  );
  const details = useQueries({
    queries: ids.map((id) => ({
      ...paperQueryOptions(client, id),
      enabled: drawn !== null && listed !== null && !drawn.has(id) && !listed.has(id),
    })),
  });
  const detailsKey = details.map((r) => r.dataUpdatedAt).join();
  const detailsStatus = details.map((r) => `${r.fetchStatus}:${r.status}`).join();
  const statusKey = results.map((r) => `${r.fetchStatus}:${r.status}`).join();
  const expansions = useMemo(
    () =>
      ids.map((id, index): Expansion => ({
        id,
        references: results[2 * index]?.data?.links ?? [],
        citations: results[2 * index + 1]?.data?.links ?? [],
        paper: details[index]?.data,
      })),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the keys stand for the results' data
    [ids, dataKey, detailsKey],
  );
  const state = useMemo(() => {
    const loading: PaperId[] = [];
    const failures: ExpansionFailure[] = [];
    const lists = new Map<PaperId, { references?: LinksData; citations?: LinksData }>();
    ids.forEach((id, index) => {
      const pair = [results[2 * index], results[2 * index + 1]] as const;
      if (pair.some((r) => r?.isPending === true || r?.isFetching === true)) loading.push(id);
      else if (details[index]?.isFetching === true) loading.push(id);
      const detail = details[index];
      if (detail?.isError) {
        failures.push({
          id,
          direction: 'details',
          error: detail.error,
          retry: () => void detail.refetch(),
        });
      }
      const entry: { references?: LinksData; citations?: LinksData } = {};
      pair.forEach((result, side) => {
        const direction = DIRECTIONS[side] ?? 'references';
        if (result?.data) entry[direction] = result.data;
        if (result?.isError) {
          failures.push({
            id,
            direction,
            error: result.error,
            retry: () => void result.refetch(),
          });
        }
      });
      lists.set(id, entry);
    });
    return { loading, failures, lists };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the keys stand for the results
  }, [ids, dataKey, statusKey, detailsStatus]);
  return { expansions, ...state };
}
