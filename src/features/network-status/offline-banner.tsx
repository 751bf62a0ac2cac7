import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { useSampleOffer } from '../../ui/sample-offer';
import styles from './network-status.module.css';

// TanStack Query pauses queries while offline and resumes them on reconnect; this banner
// follows the same signal, so what it says matches what the queries do. It is the one place
// that says "offline": a notice for a request that failed offline leaves it to the banner.
const subscribe = (onChange: () => void) => onlineManager.subscribe(onChange);
const isOnline = () => onlineManager.isOnline();
const onServer = () => true;

/** A note while the browser is offline. Empty otherwise; the live region stays in place. */
export function OfflineBanner() {
  const online = useSyncExternalStore(subscribe, isOnline, onServer);
  const openSample = useSampleOffer();
  return (
    <p className={styles.offlineBanner} aria-live="polite" data-testid="offline-banner">
      {online ? null : (
        <>
          You are offline. Papers you opened before still open from the cache; new ones will load
          when you are back online.
          {openSample && (
            <>
              {' '}
              <button type="button" onClick={openSample}>
                Open the offline sample
              </button>
            </>
          )}
        </>
      )}
    </p>
  );
}
