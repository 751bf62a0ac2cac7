// The scheduler's state as the UI sees it. `subscribe`/`getSnapshot` follow the contract of
// React's useSyncExternalStore: the snapshot is immutable and keeps its identity until
// something actually changes.
import type { ApiError } from './errors';

export interface SchedulerSnapshot {
  /** Requests waiting for their turn (pacing, the concurrency cap or a rate-limit pause). */
  readonly queued: number;
  readonly inFlight: number;
  /** Requests that failed and are waiting to try again. */
  readonly waitingToRetry: number;
  /** When the next of those retries happens, in clock time (Date.now() in the app). */
  readonly retryAt: number | null;
  /** True while a retry is pending because the API is (probably) limiting our rate. */
  readonly rateLimited: boolean;
  /** The latest failed attempt, retried or not; cleared by the next success. */
  readonly lastError: ApiError | null;
}

export const IDLE_SNAPSHOT: SchedulerSnapshot = Object.freeze({
  queued: 0,
  inFlight: 0,
  waitingToRetry: 0,
  retryAt: null,
  rateLimited: false,
  lastError: null,
});

const KEYS = Object.keys(IDLE_SNAPSHOT) as (keyof SchedulerSnapshot)[];

export class SnapshotStore {
  private snapshot: SchedulerSnapshot = IDLE_SNAPSHOT;
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  readonly getSnapshot = (): SchedulerSnapshot => this.snapshot;

  set(next: SchedulerSnapshot): void {
    if (KEYS.every((key) => Object.is(next[key], this.snapshot[key]))) return;
    this.snapshot = Object.freeze({ ...next });
    for (const listener of this.listeners) listener();
  }
}
