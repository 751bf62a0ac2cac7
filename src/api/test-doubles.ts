// Test doubles for the client's tests: clocks whose time moves only when a test says so (pacing,
// back-off and timeouts then run in microseconds, the same way every time) and a promise a test
// settles by hand. Not used by the app.
import { createS2Client } from './client';
import { abortReason, type Clock } from './clock';
import { RequestScheduler } from './scheduler';
import type { SchedulerOptions } from './scheduler-options';

interface Timer {
  readonly at: number;
  readonly seq: number;
  readonly fire: () => void;
}

/** Lets every pending promise callback run (Node drains microtasks before the next macrotask). */
export const settle = (): Promise<void> =>
  new Promise((resolve) => {
    setImmediate(resolve);
  });

/** Time stands still until `advance` moves it, firing due sleeps in order. */
export class ManualClock implements Clock {
  private time = 0;
  private seq = 0;
  private timers: Timer[] = [];

  now(): number {
    return this.time;
  }

  get pendingSleeps(): number {
    return this.timers.length;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(abortReason(signal));
        return;
      }
      const onAbort = () => {
        this.timers = this.timers.filter((entry) => entry !== timer);
        if (signal) reject(abortReason(signal));
      };
      const timer: Timer = {
        at: this.time + Math.max(0, ms),
        seq: (this.seq += 1),
        fire: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      this.timers.push(timer);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Moves time forward by `ms`, letting the code woken by each timer run before the next. */
  async advance(ms: number): Promise<void> {
    const target = this.time + ms;
    for (;;) {
      await settle();
      const due = this.timers
        .filter((entry) => entry.at <= target)
        .sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (!due) break;
      this.timers = this.timers.filter((entry) => entry !== due);
      this.time = due.at;
      due.fire();
    }
    this.time = target;
    await settle();
  }
}

/**
 * Every sleep ends at once, but moves time on by its length and is recorded, so a test can
 * check the waits without waiting. Pair it with `attemptTimeoutMs: Infinity`: a timeout would
 * otherwise end at once too.
 */
export class InstantClock implements Clock {
  private time = 0;
  readonly sleeps: number[] = [];

  now(): number {
    return this.time;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    this.sleeps.push(ms);
    this.time += ms;
    return Promise.resolve();
  }
}

export interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
  reject(error: Error): void;
}

/** A promise with its resolve and reject handed to the test. */
export function deferred<T>(): Deferred<T> {
  let settlers: Pick<Deferred<T>, 'resolve' | 'reject'> | undefined;
  const promise = new Promise<T>((resolve, reject) => {
    settlers = { resolve, reject };
  });
  if (!settlers) throw new Error('unreachable: the executor runs synchronously');
  return { promise, ...settlers };
}

/** A valid 40-hex paperId derived from `n`, so `hexId(3)` is always the same paper. */
export function hexId(n: number): string {
  return n.toString(16).padStart(40, '0');
}

/** The error a promise rejects with; fails the test if it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

/** A scheduler on a clock the test moves by hand: no pace, no timeouts, jitter at its middle. */
export function manualScheduler(options: SchedulerOptions = {}) {
  const clock = new ManualClock();
  const scheduler = new RequestScheduler({
    clock,
    random: () => 0.5,
    minIntervalMs: 0,
    attemptTimeoutMs: Number.POSITIVE_INFINITY,
    ...options,
  });
  return { clock, scheduler };
}

/** A client whose waits pass at once (back-off is recorded, not slept). */
export function instantClient(baseUrl: string) {
  return createS2Client({
    baseUrl,
    scheduler: { clock: new InstantClock(), minIntervalMs: 0, attemptTimeoutMs: Infinity },
  });
}
