// The one request scheduler every Semantic Scholar call goes through. It paces and caps
// requests (StartGate), retries what may succeed later with jittered exponential back-off,
// bounds each attempt with a timeout (runAttempt), honours AbortSignals at every stage, and
// lets identical requests in flight share one underlying request (SharedRequests).
import { runAttempt } from './attempt';
import { backoffDelay } from './backoff';
import { abortReason, systemClock, type Clock, type Random } from './clock';
import { ApiError, NetworkError, RateLimitError, TimeoutError } from './errors';
import {
  resolveSchedulerSettings,
  type SchedulerOptions,
  type SchedulerSettings,
} from './scheduler-options';
import { SnapshotStore, type SchedulerSnapshot } from './scheduler-store';
import { SharedRequests } from './shared-requests';
import { StartGate } from './start-gate';

export interface ScheduleOptions {
  /** Requests with the same key (method, URL and body) in flight at once share one request. */
  readonly key?: string;
  /** Shown in errors, usually the URL. */
  readonly label?: string;
  readonly signal?: AbortSignal;
}

interface Backoff {
  readonly deadline: number;
  readonly rateLimited: boolean;
}

export class RequestScheduler {
  private readonly settings: SchedulerSettings;
  private readonly clock: Clock;
  private readonly random: Random;
  private readonly gate: StartGate;
  private readonly store = new SnapshotStore();
  private readonly shared = new SharedRequests();
  private readonly backoffs = new Set<Backoff>();
  private lastError: ApiError | null = null;

  constructor(options: SchedulerOptions = {}) {
    const { clock = systemClock, random = Math.random } = options;
    this.settings = resolveSchedulerSettings(options);
    this.clock = clock;
    this.random = random;
    this.gate = new StartGate({
      concurrency: this.settings.concurrency,
      minIntervalMs: this.settings.minIntervalMs,
      clock,
      onChange: () => {
        this.publish();
      },
    });
  }

  readonly subscribe = (listener: () => void): (() => void) => this.store.subscribe(listener);
  readonly getSnapshot = (): SchedulerSnapshot => this.store.getSnapshot();

  /**
   * Runs `task` under the scheduler's rules. The task gets a signal that aborts on timeout or
   * when every caller sharing it has aborted. Callers passing the same `key` must expect the
   * same result: they get the one the first of them started.
   */
  schedule<T>(options: ScheduleOptions, task: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const start = (signal: AbortSignal) => this.execute(task, signal, options.label);
    return this.shared.join(options.key, options.signal, start) as Promise<T>;
  }

  private async execute<T>(
    task: (signal: AbortSignal) => Promise<T>,
    signal: AbortSignal,
    label: string | undefined,
  ): Promise<T> {
    let timeouts = 0;
    for (let retry = 0; ; retry += 1) {
      await this.gate.acquire(signal);
      let failure: unknown;
      try {
        const timeoutMs = this.settings.attemptTimeoutMs;
        const value = await runAttempt(task, signal, { timeoutMs, clock: this.clock, label });
        this.lastError = null;
        this.gate.release();
        return value;
      } catch (error) {
        failure = error;
      }
      if (failure instanceof TimeoutError) timeouts += 1;
      let backoff: Backoff;
      try {
        backoff = this.planRetry(failure, retry, timeouts, signal);
      } finally {
        // Only now: a rate-limit pause must be in place before the next request may start.
        this.gate.release();
      }
      this.backoffs.add(backoff);
      this.publish();
      try {
        await this.clock.sleep(backoff.deadline - this.clock.now(), signal);
      } finally {
        this.backoffs.delete(backoff);
        this.publish();
      }
    }
  }

  /** When to try again after `failure`; throws it (or the cancellation) when not to. */
  private planRetry(
    failure: unknown,
    retry: number,
    timeouts: number,
    signal: AbortSignal,
  ): Backoff {
    if (signal.aborted) throw abortReason(signal);
    // Anything that is not an ApiError is a bug, not weather: let it through untouched.
    if (!(failure instanceof ApiError)) throw failure;
    this.lastError = failure;
    const { maxRetries, maxTimeoutRetries, maxRetryAfterMs } = this.settings;
    const asked = failure instanceof RateLimitError ? failure.retryAfterMs : null;
    if (
      !failure.retryable ||
      retry >= maxRetries ||
      timeouts > maxTimeoutRetries ||
      (asked !== null && asked > maxRetryAfterMs)
    ) {
      throw failure;
    }
    const delay = backoffDelay(retry, this.settings, this.random, asked);
    const deadline = this.clock.now() + delay;
    // In a browser a 429 without CORS headers looks like a network failure. Either way the
    // limit applies to all our requests, so every queued one waits too, not only this one.
    const rateLimited = failure instanceof RateLimitError || failure instanceof NetworkError;
    if (rateLimited) this.gate.pauseUntil(deadline);
    return { deadline, rateLimited };
  }

  private publish(): void {
    const deadlines = [...this.backoffs].map((entry) => entry.deadline);
    this.store.set({
      queued: this.gate.queued,
      inFlight: this.gate.inFlight,
      waitingToRetry: this.backoffs.size,
      retryAt: deadlines.length > 0 ? Math.min(...deadlines) : null,
      rateLimited: [...this.backoffs].some((entry) => entry.rateLimited),
      lastError: this.lastError,
    });
  }
}
