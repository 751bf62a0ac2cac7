// Identical requests in flight share one underlying request. Each caller can still cancel on
// its own; the underlying request is cancelled only when the last caller waiting for it leaves.
import { abortReason } from './clock';

/** Starts the underlying request; it must stop when `signal` aborts. */
export type Starter = (signal: AbortSignal) => Promise<unknown>;

interface Entry {
  readonly controller: AbortController;
  readonly promise: Promise<unknown>;
  sharers: number;
}

export class SharedRequests {
  private readonly entries = new Map<string, Entry>();

  /**
   * The result of the request under `key` (started with `start` unless one is in flight), or
   * the signal's reason as soon as `signal` aborts. No key: never shared.
   */
  join(key: string | undefined, signal: AbortSignal | undefined, start: Starter): Promise<unknown> {
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    const entry = (key === undefined ? undefined : this.entries.get(key)) ?? this.open(key, start);
    entry.sharers += 1;
    if (!signal) return entry.promise;
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        entry.sharers -= 1;
        if (entry.sharers === 0) {
          // The last one out cancels the request itself, wherever it is: queued, in flight or
          // waiting to retry. A later caller starts afresh.
          this.forget(key, entry);
          entry.controller.abort(abortReason(signal));
        }
        reject(abortReason(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      const stopListening = () => {
        signal.removeEventListener('abort', onAbort);
      };
      entry.promise.then(stopListening, stopListening);
      entry.promise.then(resolve, reject);
    });
  }

  private open(key: string | undefined, start: Starter): Entry {
    const controller = new AbortController();
    const promise = start(controller.signal);
    const entry: Entry = { controller, promise, sharers: 0 };
    if (key !== undefined) {
      this.entries.set(key, entry);
      const settled = () => {
        this.forget(key, entry);
      };
      promise.then(settled, settled);
    }
    // Once every sharer has left, nobody awaits the (aborted) promise: keep it from surfacing
    // as an unhandled rejection.
    promise.catch(() => undefined);
    return entry;
  }

  private forget(key: string | undefined, entry: Entry): void {
    if (key !== undefined && this.entries.get(key) === entry) this.entries.delete(key);
  }
}
