// The gate every request attempt passes before it may start: at most `concurrency` attempts in
// flight, starts at least `minIntervalMs` apart, and none before a rate-limit pause has ended.
// Waiters are served first come, first served.
import { abortReason, type Clock } from './clock';

interface Waiter {
  readonly start: () => void;
}

export interface StartGateOptions {
  readonly concurrency: number;
  readonly minIntervalMs: number;
  readonly clock: Clock;
  /** Called whenever the number queued or in flight changes. */
  readonly onChange: () => void;
}

export class StartGate {
  private readonly queue: Waiter[] = [];
  private running = 0;
  private nextStartAt = Number.NEGATIVE_INFINITY;
  private pausedUntil = Number.NEGATIVE_INFINITY;
  private wakePending = false;

  constructor(private readonly options: StartGateOptions) {}

  get queued(): number {
    return this.queue.length;
  }

  get inFlight(): number {
    return this.running;
  }

  /** Resolves when the caller may start; the caller must call `release` when done. */
  acquire(signal: AbortSignal): Promise<void> {
    if (signal.aborted) return Promise.reject(abortReason(signal));
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        const index = this.queue.indexOf(waiter);
        if (index >= 0) this.queue.splice(index, 1);
        reject(abortReason(signal));
        this.options.onChange();
      };
      const waiter: Waiter = {
        start: () => {
          signal.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.queue.push(waiter);
      this.pump();
    });
  }

  release(): void {
    this.running -= 1;
    this.pump();
  }

  /** Holds every queued start until `time` (a rate limit applies to all our requests). */
  pauseUntil(time: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, time);
  }

  private pump(): void {
    const { clock, concurrency, minIntervalMs } = this.options;
    while (this.queue.length > 0 && this.running < concurrency) {
      const wait = Math.max(this.nextStartAt, this.pausedUntil) - clock.now();
      if (wait > 0) {
        this.wakeAfter(wait);
        break;
      }
      const waiter = this.queue.shift();
      if (!waiter) break;
      this.running += 1;
      this.nextStartAt = clock.now() + minIntervalMs;
      waiter.start();
    }
    this.options.onChange();
  }

  // The time the gate waits for only ever moves later, so one pending wake-up is enough: if it
  // fires early, `pump` simply schedules the next one.
  private wakeAfter(ms: number): void {
    if (this.wakePending) return;
    this.wakePending = true;
    void this.options.clock.sleep(ms).then(() => {
      this.wakePending = false;
      this.pump();
    });
  }
}
