// The Semantic Scholar Academic Graph API twin: MSW handlers over a read-only dataset. These are
// the happy paths; a test that needs a failure (429, 500, a network error) overrides one exact
// URL with `server.use(...)`. Bad requests are refused the way the real API refuses them (400),
// so tests assert on what the client does, never on the requests themselves.
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { TwinDataset } from './dataset';
import { createHandlerContext, type TwinRequestInfo } from './handler-context';
import { paperHandlers } from './paper-handlers';
import { recommendationHandlers } from './recommendation-handlers';
import { searchHandlers } from './search-handlers';

export const S2_BASE_URL = 'https://api.semanticscholar.org/graph/v1';
/** Reported: paging a paper's citations stops near 10,000 items (allenai/s2-folks#27). */
export const DEFAULT_PAGING_CAP = 10_000;

export interface S2HandlerOptions {
  readonly baseUrl?: string;
  /** `offset + limit` on /citations and /references must be below this (default 10,000). */
  readonly pagingCap?: number;
  /** Delay every answer, e.g. for a realistic demo (default 0). */
  readonly latencyMs?: number;
  /** Called once per request the twin answers; see `createRequestCounter`. */
  readonly onRequest?: (info: TwinRequestInfo) => void;
}

export function createS2Handlers(
  dataset: TwinDataset,
  options: S2HandlerOptions = {},
): HttpHandler[] {
  const ctx = createHandlerContext(dataset, {
    baseUrl: options.baseUrl ?? S2_BASE_URL,
    pagingCap: options.pagingCap ?? DEFAULT_PAGING_CAP,
    latencyMs: options.latencyMs ?? 0,
    onRequest: options.onRequest,
  });
  // The API's own address answers (not with data): the client probes it after a request got
  // no answer at all, to tell a 429 without CORS headers from a network that is down.
  const probe = http.get(
    options.baseUrl ?? S2_BASE_URL,
    () => new HttpResponse(null, { status: 404 }),
  );
  // Search first: the paper handler's wildcard would otherwise take /paper/search/... too.
  // Recommendations beside the Graph API: …/graph/v1 → …/recommendations/v1.
  return [probe, ...searchHandlers(ctx), ...paperHandlers(ctx), ...recommendationHandlers(ctx)];
}
