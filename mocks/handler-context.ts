// What every twin handler shares: the dataset, where the API lives, the paging cap, and the
// request hook that lets tests and benchmarks count calls without asserting inside handlers.
import { delay } from 'msw';
import type { TwinDataset } from './dataset';

export type TwinEndpoint =
  | 'paper'
  | 'citations'
  | 'references'
  | 'batch'
  | 'search'
  | 'match'
  | 'autocomplete'
  | 'recommendations-forpaper'
  | 'recommendations-papers';

export interface TwinRequestInfo {
  readonly endpoint: TwinEndpoint;
  readonly method: string;
  readonly url: string;
}

export interface HandlerContext {
  readonly dataset: TwinDataset;
  readonly baseUrl: string;
  /** `offset + limit` on /citations and /references must stay below this. */
  readonly pagingCap: number;
  /** Reports the request, then waits the configured latency (if any). */
  observe(endpoint: TwinEndpoint, request: Request): Promise<void>;
}

export function createHandlerContext(
  dataset: TwinDataset,
  options: {
    baseUrl: string;
    pagingCap: number;
    latencyMs: number;
    onRequest: ((info: TwinRequestInfo) => void) | undefined;
  },
): HandlerContext {
  return {
    dataset,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    pagingCap: options.pagingCap,
    async observe(endpoint, request) {
      options.onRequest?.({ endpoint, method: request.method, url: request.url });
      if (options.latencyMs > 0) await delay(options.latencyMs);
    },
  };
}

export interface RequestCounter {
  readonly onRequest: (info: TwinRequestInfo) => void;
  readonly requests: readonly TwinRequestInfo[];
  count(endpoint?: TwinEndpoint): number;
  reset(): void;
}

/** A request log to pass as `onRequest`; read it after the code under test has run. */
export function createRequestCounter(): RequestCounter {
  const requests: TwinRequestInfo[] = [];
  return {
    onRequest: (info) => {
      requests.push(info);
    },
    requests,
    count: (endpoint) =>
      endpoint === undefined
        ? requests.length
        : requests.filter((r) => r.endpoint === endpoint).length,
    reset: () => {
      requests.length = 0;
    },
  };
}
