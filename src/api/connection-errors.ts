// The ways a request can fail without any HTTP answer, each said once and never retried: asking
// again cannot help until the person changes something (their connection, the address).
import { ApiError } from './errors';

interface ConnectionErrorOptions {
  readonly url: string;
  readonly cause?: unknown;
}

const hostOf = (url: string): string => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/** The browser says it has no network (navigator.onLine is false). */
export class OfflineError extends ApiError {
  readonly code = 'offline';

  constructor(options: ConnectionErrorOptions) {
    super(
      'You are offline, so Semantic Scholar cannot be reached. Papers you opened before still ' +
        'open from the cache.',
      options,
    );
  }
}

/** The browser is online, but nothing answers at the API's address, not even to a probe. */
export class UnreachableError extends ApiError {
  readonly code = 'unreachable';

  constructor(options: ConnectionErrorOptions) {
    super(
      `Nothing answers at ${hostOf(options.url)}. Check your connection, or the API address ` +
        'in the settings.',
      options,
    );
  }
}

export type BlockedReason = 'not-allowed' | 'policy';

/**
 * A request to an origin this build may not connect to: outside its list of allowed origins
 * (refused before it is sent), or refused by the browser under the page's security policy.
 */
export class BlockedOriginError extends ApiError {
  readonly code = 'blocked-origin';
  readonly reason: BlockedReason;
  readonly origin: string;

  constructor(
    options: ConnectionErrorOptions & {
      readonly reason: BlockedReason;
      readonly allowedOrigins?: readonly string[];
    },
  ) {
    const origin = originOf(options.url);
    const allowed = options.allowedOrigins?.join(', ');
    super(
      options.reason === 'policy'
        ? `The browser blocked the connection to ${origin} under this site's security policy. ` +
            'Choose an API address this site allows in the settings.'
        : `Citescope may not connect to ${origin}: this build allows only ${allowed ?? 'its own API'}.`,
      options,
    );
    this.reason = options.reason;
    this.origin = origin;
  }
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}
