import { useState } from 'react';
import { formatCountdown, formatWait } from '../../domain/duration';
import styles from './network-status.module.css';
import { useSecondsUntil } from './use-seconds-until';

interface RetryCountdownProps {
  /** When the retry starts (Date.now() time). Give the element `key={retryAt}`. */
  readonly retryAt: number;
}

/**
 * "retrying in 8 s", ticking. The ticking text is hidden from assistive technology, which would
 * otherwise read out every second of a live region; in its place a screen reader hears the wait
 * once, as it was when this retry was planned (the parent remounts this per `retryAt`).
 */
export function RetryCountdown({ retryAt }: RetryCountdownProps) {
  const seconds = useSecondsUntil(retryAt);
  const [announced] = useState(seconds);
  return (
    <>
      <span aria-hidden="true" className={styles.countdown}>
        {seconds > 0 ? `retrying in ${formatCountdown(seconds)}` : 'retrying now…'}
      </span>
      <span className="visually-hidden">
        {announced > 0 ? `retrying in about ${formatWait(announced * 1000)}` : 'retrying now'}
      </span>
    </>
  );
}
