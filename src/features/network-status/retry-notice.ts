// What the request status bar says while requests wait to be retried. The wording depends on
// the error's code (and a server error's status), never on its message text, which is written
// for a different place in the UI. Errors that are not retried (offline, unreachable, a blocked
// origin) never wait here: their notice says them, once.
import type { SchedulerSnapshot } from '../../api/scheduler-store';

type RetryReason = 'rate-limited' | 'no-answer' | 'server' | 'timeout' | 'failed';

export interface RetryNotice {
  readonly reason: RetryReason;
  /** The first half of the sentence; the countdown completes it. */
  readonly headline: string;
  /** When the next retry starts (Date.now() time). */
  readonly retryAt: number;
  /** Requests that have not got their answer yet: queued behind the pause or due a retry. */
  readonly waiting: number;
}

function reasonFor(snapshot: SchedulerSnapshot): RetryReason {
  const { lastError, rateLimited } = snapshot;
  const code = lastError?.code;
  // The server is there but its answer was unreadable: in a browser, a 429 without CORS
  // headers. Likely the rate limit, so say so, but do not claim it.
  if (code === 'network') return 'no-answer';
  // `rateLimited` outranks a later error of another kind: while the pause lasts, every request
  // waits for it, whatever else went wrong meanwhile.
  if (rateLimited || code === 'rate-limited') return 'rate-limited';
  if (code === 'server') return 'server';
  if (code === 'timeout') return 'timeout';
  // lastError is cleared by any success, so a retry may still be pending without it.
  return 'failed';
}

function headlineFor(reason: RetryReason, snapshot: SchedulerSnapshot): string {
  switch (reason) {
    case 'rate-limited':
      return 'Semantic Scholar is limiting requests';
    case 'no-answer':
      return 'Semantic Scholar’s answer could not be read — probably rate limiting';
    case 'server': {
      const status = snapshot.lastError?.status;
      return status === undefined
        ? 'Semantic Scholar had a problem'
        : `Semantic Scholar had a problem (${status})`;
    }
    case 'timeout':
      return 'Semantic Scholar is slow to answer';
    case 'failed':
      return 'A request to Semantic Scholar failed';
  }
}

/** Null unless some request is waiting to be retried: only then is there something to say. */
export function describeRetry(snapshot: SchedulerSnapshot): RetryNotice | null {
  const { retryAt, waitingToRetry, queued } = snapshot;
  if (waitingToRetry === 0 || retryAt === null) return null;
  const reason = reasonFor(snapshot);
  return {
    reason,
    headline: headlineFor(reason, snapshot),
    retryAt,
    waiting: queued + waitingToRetry,
  };
}
