// What of the query cache is kept between visits, for how long, and under which name. Papers and
// their lists are kept; each entry expires a week after it was fetched (not a week after the
// cache was last written, or a user returning weekly would keep month-old papers); the stored
// cache is bounded, dropping the least recently fetched papers first. The live API and the
// offline sample are kept apart, per API origin, so sample papers never pass for real ones.
import type { Query } from '@tanstack/react-query';
import type {
  PersistedClient,
  Persister,
  PersistQueryClientOptions,
} from '@tanstack/react-query-persist-client';
import { PAPER_FRESHNESS } from '../queries/paper-queries';

export const CACHE_MAX_AGE_MS = PAPER_FRESHNESS;
/** About 40 MB of JSON: thousands of papers, well within every browser's IndexedDB quota. */
export const CACHE_MAX_CHARS = 40_000_000;
/** Bump when the shape of cached data changes: older caches are then discarded. */
const CACHE_VERSION = '2';

/** `live` is the real API (or a server set in the settings); `demo` the offline sample's twin. */
export type CacheMode = 'live' | 'demo';

/** The one stored key of a namespace: the mode and the API origin it answered for. */
export function cacheKey(baseUrl: string, mode: CacheMode): string {
  let origin = baseUrl;
  try {
    origin = new URL(baseUrl).origin;
  } catch {
    // Start-up validates the base URL; an unparsable one still gets a namespace of its own.
  }
  return `citescope-query-cache/${mode}/${origin}`;
}

const PERSISTED = new Set(['detail', 'citations', 'references', 'interlinks']);

/** Papers and their lists are worth keeping; searches and suggestions are not. */
function shouldPersist(query: Pick<Query, 'queryKey' | 'state'>): boolean {
  const kind = query.queryKey[2];
  return (
    query.queryKey[0] === 'papers' &&
    typeof kind === 'string' &&
    PERSISTED.has(kind) &&
    query.state.status === 'success'
  );
}

/** Drops every query whose data was fetched more than `maxAgeMs` before `now`. */
export function dropExpired(
  client: PersistedClient,
  now: number,
  maxAgeMs: number,
): PersistedClient {
  const queries = client.clientState.queries.filter(
    (query) => now - query.state.dataUpdatedAt <= maxAgeMs,
  );
  if (queries.length === client.clientState.queries.length) return client;
  return { ...client, clientState: { ...client.clientState, queries } };
}

/**
 * JSON of each query's data, by the data's identity: cached data is never changed in place, so a
 * list serialised for one write is not serialised again for the next (a list streaming in is a
 * new object per page, and only the newest is).
 */
export type DataJsonMemo = WeakMap<object, string>;

/** Stands for a part serialised on its own, spliced in afterwards. */
const HOLE = '\u0000citescope-hole\u0000';
const HOLE_JSON = JSON.stringify(HOLE);

function splice(json: string, part: string): string {
  // A function, so that "$" in the part is never read as a replacement pattern.
  return json.replace(HOLE_JSON, () => part);
}

type DehydratedQuery = PersistedClient['clientState']['queries'][number];

function queryJson(query: DehydratedQuery, memo: DataJsonMemo): string {
  const data: unknown = query.state.data;
  if (data === null || typeof data !== 'object') return JSON.stringify(query);
  let dataJson = memo.get(data);
  if (dataJson === undefined) {
    dataJson = JSON.stringify(data);
    memo.set(data, dataJson);
  }
  return splice(JSON.stringify({ ...query, state: { ...query.state, data: HOLE } }), dataJson);
}

/**
 * The client as JSON, keeping the most recently fetched queries that fit in `maxChars`; each
 * query's data is serialised once per version (see DataJsonMemo).
 */
export function serialiseClient(
  client: PersistedClient,
  maxChars: number,
  memo: DataJsonMemo = new WeakMap(),
): string {
  const queries = [...client.clientState.queries].sort(
    (a, b) => b.state.dataUpdatedAt - a.state.dataUpdatedAt,
  );
  const kept: string[] = [];
  let size = 0;
  for (const query of queries) {
    const json = queryJson(query, memo);
    size += json.length;
    if (size > maxChars) continue;
    kept.push(json);
  }
  const shell = JSON.stringify({
    ...client,
    clientState: { ...client.clientState, queries: HOLE },
  });
  return splice(shell, `[${kept.join(',')}]`);
}

export function persistOptions(
  persister: Persister,
): Omit<PersistQueryClientOptions, 'queryClient'> {
  return {
    persister,
    maxAge: CACHE_MAX_AGE_MS,
    buster: CACHE_VERSION,
    dehydrateOptions: { shouldDehydrateQuery: shouldPersist },
  };
}
