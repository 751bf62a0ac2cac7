import { useSyncExternalStore } from 'react';
import type { RequestScheduler } from '../../api/scheduler';
import { classNames } from '../../ui/class-names';
import styles from './network-status.module.css';
import { describeRetry } from './retry-notice';
import { RetryCountdown } from './retry-countdown';

/** The part of the request scheduler the bar reads; tests drive a SnapshotStore instead. */
interface SchedulerStatusSource {
  readonly subscribe: RequestScheduler['subscribe'];
  readonly getSnapshot: RequestScheduler['getSnapshot'];
}

export interface RequestStatusBarProps {
  readonly scheduler: SchedulerStatusSource;
  /** Gives up on the waiting requests (the app cancels its queries). */
  readonly onCancel: () => void;
}

/**
 * Says why nothing is arriving while the scheduler waits to retry (rate limit, no answer, a
 * server error), how long for, and how much is waiting. Silent otherwise: progress is shown
 * elsewhere. The live region is always in the document, because screen readers only announce
 * changes to regions they already know about; the queue and the button sit outside it, so a
 * moving count is not read out.
 */
export function RequestStatusBar({ scheduler, onCancel }: RequestStatusBarProps) {
  const snapshot = useSyncExternalStore(
    scheduler.subscribe,
    scheduler.getSnapshot,
    scheduler.getSnapshot,
  );
  const notice = describeRetry(snapshot);
  return (
    <div
      className={classNames(styles.requestStatus, notice && styles.active)}
      data-reason={notice?.reason}
    >
      <p className={styles.message} aria-live="polite" data-testid="request-status">
        {notice && (
          <>
            {notice.headline}; <RetryCountdown key={notice.retryAt} retryAt={notice.retryAt} />
          </>
        )}
      </p>
      {notice && (
        <>
          <span className={styles.queue}>
            {notice.waiting} request{notice.waiting === 1 ? '' : 's'} waiting
          </span>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </>
      )}
    </div>
  );
}
