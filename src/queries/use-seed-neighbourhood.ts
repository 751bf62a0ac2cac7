// Several seeds drawn together: their papers (one batch for those not cached), then each seed's
// references and citations through the same list queries, paging, cache and scheduler as one
// centre's, merged into one graph while pages arrive. The citations cap is shared among the
// seeds, so four seeds load as many citations as one centre does until "Load more".
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Direction, PaperId } from '../domain/paper';
import type { CitationGraph } from '../graph/citation-graph';
import { addInterlinks } from '../graph/interlinks';
import { buildSeedGraph } from '../graph/seed-graph';
import { interlinksQueryOptions } from './interlinks-query';
import { linksQueryOptions, type LinksData } from './links-query';
import { useS2Client } from './s2-client-context';
import { seedPapersQueryOptions } from './seed-queries';

/** References are rarely more than a few hundred: all of them are loaded, as for one centre. */
const REFERENCE_CAP = 10_000;
/** The least citations loaded per seed, however many seeds share the cap. */
const MIN_PER_SEED = 100;

export interface SeedNeighbourhoodOptions {
  /** Citations to load in all, shared among the seeds. */
  readonly citationCap: number;
  readonly showLinks: boolean;
  readonly fetchLinks?: boolean;
}

/** Citations loaded per seed for a shared cap. */
export function perSeedCap(citationCap: number, seeds: number): number {
  return Math.max(MIN_PER_SEED, Math.ceil(citationCap / Math.max(1, seeds)));
}

/** A seed's list that could not be loaded, with a way to try again. */
export interface SeedListFailure {
  readonly id: PaperId;
  readonly direction: Direction;
  readonly error: Error;
  readonly retry: () => void;
}

const DIRECTIONS: readonly Direction[] = ['references', 'citations'];

export function useSeedNeighbourhood(ids: readonly PaperId[], options: SeedNeighbourhoodOptions) {
  const { citationCap, showLinks, fetchLinks = showLinks } = options;
  const client = useS2Client();
  const papers = useQuery(seedPapersQueryOptions(client, ids));
  const found = useMemo(() => papers.data?.papers ?? [], [papers.data]);
  const cap = perSeedCap(citationCap, ids.length);
  const results = useQueries({
    queries: found.flatMap((paper) =>
      DIRECTIONS.map((direction) =>
        linksQueryOptions(
          client,
          paper.id,
          direction,
          direction === 'references' ? REFERENCE_CAP : cap,
        ),
      ),
    ),
  });
  // useQueries answers a new array each render; the graph is rebuilt only when data changes.
  const dataKey = results.map((r) => r.dataUpdatedAt).join();
  const lists = useMemo(
    () =>
      found.map((seed, index) => ({
        seed,
        references: results[2 * index]?.data?.links ?? [],
        citations: results[2 * index + 1]?.data?.links ?? [],
      })),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- dataKey stands for the results' data
    [found, dataKey],
  );
  const seedGraph = useMemo(() => (lists.length > 0 ? buildSeedGraph(lists) : null), [lists]);

  const statusKey = results.map((r) => `${r.fetchStatus}:${r.status}`).join();
  const state = useMemo(() => {
    const loading = new Set<Direction>();
    const failures: SeedListFailure[] = [];
    const citations: (LinksData | undefined)[] = [];
    results.forEach((result, index) => {
      const direction = DIRECTIONS[index % 2] ?? 'references';
      const seed = found[Math.floor(index / 2)];
      if (result.isPending || result.isFetching) loading.add(direction);
      if (direction === 'citations') citations.push(result.data);
      if (result.isError && seed) {
        failures.push({
          id: seed.id,
          direction,
          error: result.error,
          retry: () => void result.refetch(),
        });
      }
    });
    const done = results.filter((r) => !r.isPending && !r.isFetching).length;
    const complete = results.length > 0 && results.every((r) => r.data?.complete === true);
    const lists = { total: results.length, done, loading: loading.size > 0 };
    return { loading: [...loading], failures, citations, complete, lists };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the keys stand for the results
  }, [found, dataKey, statusKey]);

  const neighbourIds = useMemo(
    () => seedGraph?.nodes.flatMap((n) => (n.paper.id ? [n.key] : [])) ?? [],
    [seedGraph],
  );
  const interlinks = useQuery({
    ...interlinksQueryOptions(
      client,
      found[0]?.id,
      neighbourIds,
      (showLinks || fetchLinks) && state.complete,
    ),
    placeholderData: keepPreviousData,
  });
  const linksData = showLinks ? interlinks.data : undefined;
  const graph = useMemo<CitationGraph | null>(
    () =>
      seedGraph && linksData
        ? addInterlinks(seedGraph, new Map(Object.entries(linksData)))
        : seedGraph,
    [seedGraph, linksData],
  );
  const retryAll = () => {
    for (const result of results)
      if (result.isError || result.data?.complete === false) void result.refetch();
  };
  return { papers, graph, interlinks, cap, retryAll, seedLists: lists, ...state };
}
