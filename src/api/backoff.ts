// How long to wait before asking again. Exponential back-off with "full jitter" (a uniformly
// random wait between 0 and the exponential ceiling) spreads retries from many clients sharing
// the keyless pool, instead of having them all come back at the same moment.
import type { Random } from './clock';

export interface BackoffPolicy {
  /** The ceiling for the first retry; it doubles with each further retry. */
  readonly baseDelayMs: number;
  /** No ceiling grows beyond this. */
  readonly maxDelayMs: number;
}

/**
 * The wait before retry number `retry` (0 for the first retry). `minimumMs` (the server's
 * Retry-After) is a floor: the server knows better than our guess.
 */
export function backoffDelay(
  retry: number,
  policy: BackoffPolicy,
  random: Random,
  minimumMs: number | null = null,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.max(random() * ceiling, minimumMs ?? 0);
}

/**
 * Reads a Retry-After header: delay-seconds ("120") or an HTTP-date. Returns milliseconds from
 * `nowMs`, or null when absent or unreadable. In a browser the header is only visible when the
 * server lists it in Access-Control-Expose-Headers, so null is the common case there.
 */
export function parseRetryAfter(value: string | null, nowMs: number): number | null {
  if (value === null) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Every HTTP-date form names its weekday; this keeps Date.parse from reading "-5" as a year.
  if (!/^[a-z]{3}/i.test(text)) return null;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - nowMs);
}
