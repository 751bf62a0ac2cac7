// Where the client may send its requests, checked in one place for the settings dialog, start-up
// and the build: an http(s) address (parseHttpUrl) on one of the origins this build allows,
// which are exactly the origins its Content-Security-Policy lets the page connect to
// (see api-origins.ts and docs/decisions/0004-api-address-and-csp.md).
import { CitescopeError } from '../domain/errors.ts';
import { InvalidWebAddressError, parseHttpUrl } from '../domain/web-address.ts';

export const DEFAULT_S2_BASE_URL = 'https://api.semanticscholar.org/graph/v1';

export type BaseUrlProblem = 'not-a-web-address' | 'origin-not-allowed';

/** How to allow one more origin: said wherever an origin is refused. */
const HOW_TO_ALLOW =
  'To use another server, add its origin to VITE_S2_ALLOWED_ORIGINS when building Citescope, ' +
  'or serve it through a proxy on this app’s own address.';

export class InvalidBaseUrlError extends CitescopeError {
  readonly code = 'invalid-base-url';
  readonly value: string;
  readonly problem: BaseUrlProblem;
  readonly allowedOrigins: readonly string[];

  constructor(
    value: string,
    problem: BaseUrlProblem,
    allowedOrigins: readonly string[],
    cause?: unknown,
  ) {
    super(
      problem === 'origin-not-allowed'
        ? `Citescope may only connect to ${allowedOrigins.join(', ')}; “${value}” is elsewhere. ` +
            HOW_TO_ALLOW
        : cause instanceof InvalidWebAddressError
          ? cause.message
          : `“${value}” cannot be an API address: it may not have a query (?…) or fragment (#…).`,
      { cause },
    );
    this.value = value;
    this.problem = problem;
    this.allowedOrigins = allowedOrigins;
  }
}

/**
 * Checks that `value` is an http(s) address without credentials, query or fragment whose origin
 * is one of `allowedOrigins`, and returns it without trailing slashes (paths are appended as
 * `${base}/paper/…`).
 * @throws {InvalidBaseUrlError} with `problem` saying which rule it broke.
 */
export function parseBaseUrl(value: string, allowedOrigins: readonly string[]): string {
  let url: URL;
  try {
    url = parseHttpUrl(value);
  } catch (error) {
    if (!(error instanceof InvalidWebAddressError)) throw error;
    throw new InvalidBaseUrlError(value, 'not-a-web-address', allowedOrigins, error);
  }
  if (url.search !== '' || url.hash !== '' || value.includes('?') || value.includes('#')) {
    throw new InvalidBaseUrlError(value, 'not-a-web-address', allowedOrigins);
  }
  if (!allowedOrigins.includes(url.origin)) {
    throw new InvalidBaseUrlError(value, 'origin-not-allowed', allowedOrigins);
  }
  return url.href.replace(/\/+$/, '');
}

export interface ResolvedBaseUrl {
  readonly baseUrl: string;
  /** Why the stored address was not used; null when it was used or there was none. */
  readonly problem: InvalidBaseUrlError | null;
}

/**
 * The base URL to use: the stored setting when it passes `parseBaseUrl`, else the build's own
 * (already checked when the app was built). A refused setting is returned as `problem` for the
 * app to show: the person chose that address and should hear why it is not used.
 */
export function resolveBaseUrl(
  stored: string | null,
  buildBaseUrl: string,
  allowedOrigins: readonly string[],
): ResolvedBaseUrl {
  if (stored === null || stored.trim() === '') return { baseUrl: buildBaseUrl, problem: null };
  try {
    return { baseUrl: parseBaseUrl(stored, allowedOrigins), problem: null };
  } catch (error) {
    if (!(error instanceof InvalidBaseUrlError)) throw error;
    return { baseUrl: buildBaseUrl, problem: error };
  }
}
