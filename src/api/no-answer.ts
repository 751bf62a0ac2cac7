// What a request that got no HTTP answer at all means, found out at once instead of by six
// retries. fetch rejects the same way for four different situations, told apart here:
//   - the browser knows it is offline (navigator.onLine is false)      → OfflineError
//   - the page's security policy refused the connection                → BlockedOriginError
//   - nothing answers at the API's address                             → UnreachableError
//   - the server answered, but without CORS headers (a 429 looks so)   → NetworkError (retried)
// The last two look alike from the failed request, so one quick probe of the API's address
// with `mode: 'no-cors'` decides: an opaque answer means the server is there.
import type { Clock } from './clock';
import { BlockedOriginError, OfflineError, UnreachableError } from './connection-errors';
import { NetworkError, type ApiError } from './errors';

/** A probe that has not answered by then counts as no answer. */
export const PROBE_TIMEOUT_MS = 2_000;

export interface NoAnswerEnvironment {
  /** navigator.onLine: false is reliable, true only means "maybe". */
  readonly isOnline: () => boolean;
  /** The fetch the probe is made with. */
  readonly fetch: typeof fetch;
  /** Bounds the probe. */
  readonly clock: Clock;
  /** Whether the browser reported refusing a connection to this URL's origin by policy. */
  readonly blockedByPolicy: (url: string) => Promise<boolean>;
}

export type DiagnoseNoAnswer = (
  request: { readonly url: string; readonly probeUrl: string },
  cause: unknown,
) => Promise<ApiError>;

export function createNoAnswerDiagnosis(env: NoAnswerEnvironment): DiagnoseNoAnswer {
  // Requests failing together (four in flight when the network drops) share one probe.
  const probes = new Map<string, Promise<boolean>>();
  const probeOnce = (probeUrl: string): Promise<boolean> => {
    const running = probes.get(probeUrl);
    if (running) return running;
    const probe = answers(probeUrl, env).finally(() => probes.delete(probeUrl));
    probes.set(probeUrl, probe);
    return probe;
  };

  return async ({ url, probeUrl }, cause) => {
    const options = { url, cause };
    if (!env.isOnline()) return new OfflineError(options);
    if (await probeOnce(probeUrl)) return new NetworkError(options);
    if (!env.isOnline()) return new OfflineError(options);
    if (await env.blockedByPolicy(url))
      return new BlockedOriginError({ ...options, reason: 'policy' });
    return new UnreachableError(options);
  };
}

/** True when anything at all comes back from `probeUrl` within the probe's time. */
async function answers(probeUrl: string, env: NoAnswerEnvironment): Promise<boolean> {
  const probe = new AbortController();
  const timer = new AbortController();
  const timedOut = env.clock.sleep(PROBE_TIMEOUT_MS, timer.signal).then(
    () => {
      probe.abort();
      return false;
    },
    () => false,
  );
  const answered = env
    .fetch(probeUrl, {
      mode: 'no-cors',
      cache: 'no-store',
      credentials: 'omit',
      signal: probe.signal,
    })
    .then(
      () => true,
      () => false,
    );
  try {
    return await Promise.race([answered, timedOut]);
  } finally {
    timer.abort();
  }
}
