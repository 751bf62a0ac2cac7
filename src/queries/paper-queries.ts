// Query factories for Semantic Scholar data. Keys go from generic to specific and include the
// API base URL, so switching servers never mixes their answers.
import { queryOptions } from '@tanstack/react-query';
import type { S2Client } from '../api/types';
import type { Direction, PaperId } from '../domain/paper';

/**
 * How long a fetched paper (and its lists) counts as fresh: re-opening it within this time
 * makes no request, across reloads too (the cache is persisted for as long).
 */
export const PAPER_FRESHNESS = 7 * 24 * 60 * 60 * 1000;

export const paperKeys = {
  all: (baseUrl: string) => ['papers', baseUrl] as const,
  detail: (baseUrl: string, id: string) => [...paperKeys.all(baseUrl), 'detail', id] as const,
  linksOf: (baseUrl: string, id: PaperId | undefined, direction: Direction) =>
    [...paperKeys.all(baseUrl), direction, id] as const,
  links: (baseUrl: string, id: PaperId | undefined, direction: Direction, max: number) =>
    [...paperKeys.linksOf(baseUrl, id, direction), { max }] as const,
  search: (baseUrl: string, query: string) => [...paperKeys.all(baseUrl), 'search', query] as const,
};

export function paperQueryOptions(client: S2Client, id: string) {
  return queryOptions({
    queryKey: paperKeys.detail(client.baseUrl, id),
    queryFn: ({ signal }) => client.getPaper(id, { signal }),
    staleTime: PAPER_FRESHNESS,
    gcTime: PAPER_FRESHNESS,
  });
}
