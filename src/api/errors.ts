// The errors the Semantic Scholar client raises. Callers branch on the class or on `code`; the
// messages are written for the researcher reading them, not for the programmer.
import { CitescopeError } from '../domain/errors';
import { formatWait } from '../domain/duration';

interface ApiErrorOptions {
  readonly status?: number;
  readonly url?: string;
  readonly cause?: unknown;
}

/** Anything that went wrong while asking Semantic Scholar. */
export abstract class ApiError extends CitescopeError {
  readonly status: number | undefined;
  readonly url: string | undefined;

  constructor(message: string, options: ApiErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.status = options.status;
    this.url = options.url;
  }
}

export class NotFoundError extends ApiError {
  readonly code = 'not-found';

  constructor(options: ApiErrorOptions & { readonly id?: string } = {}) {
    super(
      options.id === undefined
        ? 'Semantic Scholar could not find what was asked for.'
        : `Semantic Scholar has no paper with id “${options.id}”.`,
      { ...options, status: options.status ?? 404 },
    );
  }
}

export class BadRequestError extends ApiError {
  readonly code = 'bad-request';
  /** The API's own explanation, e.g. "Unrecognized or unsupported fields: [unknown]". */
  readonly apiMessage: string;

  constructor(options: ApiErrorOptions & { readonly apiMessage: string }) {
    const keyHint =
      options.status === 401 || options.status === 403 ? ' Check the API key in the settings.' : '';
    super(`Semantic Scholar refused the request: ${options.apiMessage}.${keyHint}`, {
      ...options,
      status: options.status ?? 400,
    });
    this.apiMessage = options.apiMessage;
  }
}

export class RateLimitError extends ApiError {
  readonly code = 'rate-limited';
  override readonly retryable = true;
  /** How long the API asked us to wait (its Retry-After), when it said. */
  readonly retryAfterMs: number | null;

  constructor(options: ApiErrorOptions & { readonly retryAfterMs: number | null }) {
    const wait =
      options.retryAfterMs === null
        ? 'Wait a little and try again'
        : `It asked us to wait ${formatWait(options.retryAfterMs)} before trying again`;
    super(
      `Semantic Scholar is receiving too many requests from us. ${wait}, or add an API key in ` +
        'the settings for a steadier allowance.',
      { ...options, status: options.status ?? 429 },
    );
    this.retryAfterMs = options.retryAfterMs;
  }
}

export class ServerError extends ApiError {
  readonly code = 'server';
  override readonly retryable = true;

  constructor(options: ApiErrorOptions & { readonly status: number }) {
    super(
      `Semantic Scholar had a problem answering (HTTP ${options.status}). Please try again later.`,
      options,
    );
  }
}

/**
 * The request got no readable HTTP answer, but the server is there (a quick probe reached it):
 * in a browser that is what a 429 sent without CORS headers looks like, so it is retried like a
 * rate limit. No connection at all is an OfflineError or UnreachableError instead.
 */
export class NetworkError extends ApiError {
  readonly code = 'network';
  override readonly retryable = true;

  constructor(options: ApiErrorOptions = {}) {
    super(
      'Semantic Scholar answered in a way the browser would not let Citescope read. This is ' +
        'usually its rate limit: wait a little and try again.',
      options,
    );
  }
}

export class TimeoutError extends ApiError {
  readonly code = 'timeout';
  override readonly retryable = true;

  constructor(options: ApiErrorOptions & { readonly timeoutMs: number }) {
    super(
      `Semantic Scholar did not answer within ${Math.round(options.timeoutMs / 1000)} seconds.`,
      options,
    );
  }
}

/** The answer was not JSON, or not shaped as the API documents it. */
export class SchemaError extends ApiError {
  readonly code = 'schema';
  readonly detail: string;
  override readonly retryable: boolean;

  /**
   * `retryable` for an answer cut short or garbled on the way (not JSON at all): asking again
   * usually helps. A well-formed answer of the wrong shape will not improve, so it is final.
   */
  constructor(
    options: ApiErrorOptions & { readonly detail: string; readonly retryable?: boolean },
  ) {
    super(`Semantic Scholar sent an answer Citescope could not read (${options.detail}).`, options);
    this.detail = options.detail;
    this.retryable = options.retryable ?? false;
  }
}
