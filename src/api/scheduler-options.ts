// The scheduler's knobs and their defaults.
import type { Clock, Random } from './clock';

export interface SchedulerOptions {
  /** Attempts in flight at once. Default 4. */
  readonly concurrency?: number;
  /** Minimum milliseconds between attempt starts; 0 for a local server. Default 1000. */
  readonly minIntervalMs?: number;
  /** Retries after the first attempt, for any retryable error. Default 5. */
  readonly maxRetries?: number;
  /** Of those, how many may follow a timeout (a slow server rarely gets faster). Default 2. */
  readonly maxTimeoutRetries?: number;
  /** Back-off ceiling for the first retry, doubling after. Default 1000. */
  readonly baseDelayMs?: number;
  /** Largest back-off ceiling. Default 30,000. */
  readonly maxDelayMs?: number;
  /** A Retry-After longer than this is not waited out silently: the error goes to the UI. */
  readonly maxRetryAfterMs?: number;
  /** Per-attempt limit; Infinity for none. Default 30,000. */
  readonly attemptTimeoutMs?: number;
  readonly clock?: Clock;
  readonly random?: Random;
}

export type SchedulerSettings = Required<Omit<SchedulerOptions, 'clock' | 'random'>>;

/**
 * With an API key the documented allowance is 1 request per second, across endpoints. Keyless
 * callers share one pool with every other keyless user, whose load we cannot see, and no pace
 * of ours prevents its 429s; so the keyed pace is the polite default for both, and back-off does
 * the rest. Users can set their own (settings → pace).
 */
export const DEFAULT_PACE_MS = 1000;

const SCHEDULER_DEFAULTS: SchedulerSettings = {
  concurrency: 4,
  minIntervalMs: DEFAULT_PACE_MS,
  maxRetries: 5,
  maxTimeoutRetries: 2,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 120_000,
  attemptTimeoutMs: 30_000,
};

/** Defaults filled in (an explicit `undefined` keeps the default) and values checked. */
export function resolveSchedulerSettings(options: SchedulerOptions): SchedulerSettings {
  const given = Object.fromEntries(
    Object.entries(options).filter(([, value]) => typeof value === 'number'),
  ) as Partial<SchedulerSettings>;
  const settings = { ...SCHEDULER_DEFAULTS, ...given };
  if (!(settings.concurrency >= 1)) throw new RangeError('concurrency must be at least 1.');
  for (const key of Object.keys(SCHEDULER_DEFAULTS) as (keyof SchedulerSettings)[]) {
    if (!(settings[key] >= 0)) throw new RangeError(`${key} must not be negative.`);
  }
  return settings;
}
