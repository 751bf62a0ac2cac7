// One attempt of a scheduled request, bounded by a timeout and by the caller's signal.
import { abortReason, type Clock } from './clock';
import { TimeoutError } from './errors';

export interface AttemptOptions {
  readonly timeoutMs: number;
  readonly clock: Clock;
  /** Shown in a timeout error, usually the URL. */
  readonly label: string | undefined;
}

/**
 * Runs `task` with a signal that aborts when `signal` does or when the timeout passes. A
 * timeout rejects with TimeoutError, a cancellation with the signal's reason.
 */
export async function runAttempt<T>(
  task: (signal: AbortSignal) => Promise<T>,
  signal: AbortSignal,
  { timeoutMs, clock, label }: AttemptOptions,
): Promise<T> {
  const controller = new AbortController();
  const timer = new AbortController();
  const onAbort = () => {
    controller.abort(abortReason(signal));
  };
  signal.addEventListener('abort', onAbort, { once: true });
  if (Number.isFinite(timeoutMs)) {
    clock.sleep(timeoutMs, timer.signal).then(
      () => {
        controller.abort(new TimeoutError({ timeoutMs, url: label }));
      },
      () => undefined,
    );
  }
  // Rejects with the abort reason (TimeoutError or the caller's) the moment the signal aborts,
  // ahead of the task's own rejection; and a task that ignores its signal still cannot hold
  // its slot past the timeout.
  const aborted = new Promise<never>((_, reject) => {
    controller.signal.addEventListener(
      'abort',
      () => {
        reject(abortReason(controller.signal));
      },
      { once: true },
    );
  });
  try {
    return await Promise.race([task(controller.signal), aborted]);
  } finally {
    timer.abort();
    signal.removeEventListener('abort', onAbort);
  }
}
