// One JSON request through the scheduler: headers, status → typed error, no answer → what it
// means (no-answer.ts), body → JSON. Parsing the JSON into domain types is the caller's job, so
// callers sharing a request each get their own parse of the same body.
import { abortReason, systemClock } from './clock';
import { BlockedOriginError } from './connection-errors';
import { ApiError, SchemaError } from './errors';
import { createNoAnswerDiagnosis, type NoAnswerEnvironment } from './no-answer';
import { watchPolicyViolations } from './policy-violations';
import { errorFromResponse } from './response-errors';
import type { RequestScheduler } from './scheduler';

export interface HttpConfig {
  readonly baseUrl: string;
  readonly apiKey?: string | null;
  readonly scheduler: RequestScheduler;
  readonly fetch?: typeof fetch;
  /** Wall clock for Retry-After dates; Date.now by default. */
  readonly now?: () => number;
  /**
   * The origins requests may go to (this build's Content-Security-Policy); a request elsewhere
   * is refused before it is sent. Absent: no check.
   */
  readonly allowedOrigins?: readonly string[];
  /** How to tell apart the ways a request can get no answer; the browser's own by default. */
  readonly connectivity?: Partial<Omit<NoAnswerEnvironment, 'fetch'>>;
}

interface JsonRequest {
  /** An absolute URL. */
  readonly url: string;
  /** Sent as JSON with POST; GET when absent. */
  readonly body?: unknown;
  readonly signal?: AbortSignal;
  /** The paper id the request is about, for a clear 404 message. */
  readonly notFoundId?: string;
}

export type RequestJson = (request: JsonRequest) => Promise<unknown>;

export function createHttp(config: HttpConfig): RequestJson {
  const { scheduler, apiKey, now = Date.now } = config;
  // Looked up on each call, not captured: test tools and the offline demo patch the global.
  const fetchImpl: typeof fetch = config.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const apiOrigin = new URL(config.baseUrl).origin;
  const { allowedOrigins } = config;
  const diagnose = createNoAnswerDiagnosis({
    isOnline: () => typeof navigator === 'undefined' || navigator.onLine,
    clock: systemClock,
    blockedByPolicy:
      typeof document === 'undefined'
        ? () => Promise.resolve(false)
        : watchPolicyViolations(document),
    ...config.connectivity,
    fetch: fetchImpl,
  });

  const headersFor = (url: string, hasBody: boolean): Headers => {
    // `accept` is CORS-safelisted; a JSON body and `x-api-key` make the browser send a
    // preflight first, which the API answers.
    const headers = new Headers({ accept: 'application/json' });
    if (hasBody) headers.set('content-type', 'application/json');
    // The key is ours to guard: it goes to the configured API and nowhere else.
    if (apiKey && new URL(url).origin === apiOrigin) headers.set('x-api-key', apiKey);
    return headers;
  };

  return (request) => {
    const { url, notFoundId } = request;
    const body = request.body === undefined ? undefined : JSON.stringify(request.body);
    const method = body === undefined ? 'GET' : 'POST';
    if (allowedOrigins && !allowedOrigins.includes(new URL(url).origin)) {
      return Promise.reject(new BlockedOriginError({ url, reason: 'not-allowed', allowedOrigins }));
    }
    const run = async (signal: AbortSignal): Promise<unknown> => {
      let response: Response;
      let text: string;
      try {
        response = await fetchImpl(url, {
          method,
          headers: headersFor(url, body !== undefined),
          body,
          signal,
        });
        if (!response.ok) throw await errorFromResponse(response, { url, notFoundId, now: now() });
        text = await response.text();
      } catch (error) {
        if (signal.aborted) throw abortReason(signal);
        if (error instanceof ApiError) throw error;
        // fetch rejects with a TypeError when no HTTP answer arrived at all.
        throw await diagnose({ url, probeUrl: config.baseUrl }, error);
      }
      try {
        return JSON.parse(text) as unknown;
      } catch (error) {
        throw new SchemaError({
          url,
          detail: 'the answer is not JSON',
          cause: error,
          retryable: true,
        });
      }
    };
    return scheduler.schedule(
      { key: `${method} ${url} ${body ?? ''}`, label: url, signal: request.signal },
      run,
    );
  };
}
