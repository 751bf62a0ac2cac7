// Where the client sends its requests. The pure functions take every input as a parameter so
// they can be tested without a build; only `readBuildTimeBaseUrl` touches `import.meta.env`.
import { CitescopeError } from '../domain/errors';

export const DEFAULT_S2_BASE_URL = 'https://api.semanticscholar.org/graph/v1';

export class InvalidBaseUrlError extends CitescopeError {
  readonly code = 'invalid-base-url';
  readonly value: string;

  constructor(value: string) {
    super(
      `“${value}” is not a web address Citescope can use: it must start with http:// or https://.`,
    );
    this.value = value;
  }
}

/**
 * Checks that `value` is an absolute http(s) URL and returns it without trailing slashes (paths
 * are appended as `${base}/paper/…`). Throws InvalidBaseUrlError otherwise, e.g. for the
 * settings form to show.
 */
export function parseBaseUrl(value: string): string {
  const trimmed = value.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new InvalidBaseUrlError(value);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash) {
    throw new InvalidBaseUrlError(value);
  }
  return trimmed.replace(/\/+$/, '');
}

const present = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';

/**
 * The base URL to use: the runtime override (user settings), else the build-time
 * `VITE_S2_API_URL`, else the public API. An invalid value is reported through `onInvalid` and
 * skipped, so a mistyped setting cannot stop the app from starting.
 */
export function resolveBaseUrl(
  runtimeOverride: string | null | undefined,
  buildTimeValue: unknown,
  onInvalid: (error: InvalidBaseUrlError) => void = (error) => {
    console.warn(`${error.message} Falling back to the next configured address.`);
  },
): string {
  for (const candidate of [runtimeOverride, buildTimeValue]) {
    if (!present(candidate)) continue;
    try {
      return parseBaseUrl(candidate);
    } catch (error) {
      if (!(error instanceof InvalidBaseUrlError)) throw error;
      onInvalid(error);
    }
  }
  return DEFAULT_S2_BASE_URL;
}

/** The build-time setting, if the build set one. */
export function readBuildTimeBaseUrl(): string | undefined {
  const value: unknown = import.meta.env.VITE_S2_API_URL;
  return typeof value === 'string' ? value : undefined;
}
