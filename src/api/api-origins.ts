// The origins a build of Citescope may connect to, read from its build environment. One pure
// function serves both sides, so they cannot drift apart: the build writes the list into the
// page's Content-Security-Policy (scripts/content-security-policy.ts), and the running app
// accepts an API address only on one of these origins (runtime-config.ts, the settings).
//
// The list: the build's API origin (VITE_S2_API_URL, else the public API), the app's own origin
// (for a same-origin proxy; 'self' in the policy) and any extra origins in
// VITE_S2_ALLOWED_ORIGINS (comma-separated, e.g. "https://mirror.example,http://127.0.0.1:8000").
//
// The build configuration loads this file and what it imports, so those imports name their
// `.ts` files: Vite's native config loader resolves no bare module paths.
import { CitescopeError } from '../domain/errors.ts';
import { parseHttpUrl } from '../domain/web-address.ts';
import { DEFAULT_S2_BASE_URL, parseBaseUrl } from './config.ts';

export interface ApiEnvironment {
  readonly VITE_S2_API_URL?: string | undefined;
  readonly VITE_S2_ALLOWED_ORIGINS?: string | undefined;
}

export interface BuildApiAddress {
  /** The build's API base URL, without trailing slashes. */
  readonly baseUrl: string;
  /** The build's API origin, then the extra allowed origins; the app's own origin is not here. */
  readonly origins: readonly string[];
}

/** A build setting that cannot be used: the build (or the dev server) stops with this message. */
export class InvalidApiSettingError extends CitescopeError {
  readonly code = 'invalid-api-setting';
  readonly variable: string;

  constructor(variable: string, reason: string) {
    super(`${variable}: ${reason}`);
    this.variable = variable;
  }
}

const present = (value: string | undefined): value is string =>
  value !== undefined && value.trim() !== '';

/** @throws {InvalidApiSettingError} naming the variable and what is wrong with it. */
export function readApiEnvironment(env: ApiEnvironment): BuildApiAddress {
  const baseUrl = present(env.VITE_S2_API_URL)
    ? checked('VITE_S2_API_URL', () => {
        const value = env.VITE_S2_API_URL ?? '';
        return parseBaseUrl(value, [parseHttpUrl(value).origin]);
      })
    : DEFAULT_S2_BASE_URL;
  const extras = (env.VITE_S2_ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => checked('VITE_S2_ALLOWED_ORIGINS', () => originOnly(entry)));
  return { baseUrl, origins: unique([new URL(baseUrl).origin, ...extras]) };
}

/** Every origin the page at `pageOrigin` may connect to for the API: the build's list and itself. */
export function allowedOriginsAt(pageOrigin: string, origins: readonly string[]): string[] {
  // An opaque origin ("null", e.g. a page opened from a file) names nothing to connect to.
  return unique(pageOrigin === 'null' ? origins : [...origins, pageOrigin]);
}

function originOnly(entry: string): string {
  const url = parseHttpUrl(entry);
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || /[?#]/.test(entry)) {
    throw new Error(`“${entry}” is not an origin: give scheme, host and port only.`);
  }
  return url.origin;
}

function checked<T>(variable: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new InvalidApiSettingError(variable, error instanceof Error ? error.message : 'invalid');
  }
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
