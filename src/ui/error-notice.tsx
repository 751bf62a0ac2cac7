import { CancelledError, onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { CitescopeError } from '../domain/errors';
import { useSampleOffer } from './sample-offer';

interface ErrorNoticeProps {
  readonly error: unknown;
  /** What was being done, e.g. "Could not load the citations". */
  readonly title: string;
  readonly onRetry?: () => void;
}

/** The API cannot be reached from here, whatever is asked: the offline sample still works. */
const OUT_OF_REACH = new Set(['offline', 'unreachable', 'blocked-origin']);
/** Not worth asking again by itself, but worth it once the person has fixed their connection. */
const AFTER_RECONNECTING = new Set(['offline', 'unreachable']);

function errorCode(error: unknown): string | null {
  if (error instanceof CancelledError) return 'cancelled';
  return error instanceof CitescopeError ? error.code : null;
}

export function errorMessage(error: unknown): string {
  if (error instanceof CancelledError)
    return 'Loading was cancelled. Try again when you are ready.';
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}

// The offline banner follows the same signal: while it is up, it has said "offline" already.
const subscribe = (onChange: () => void) => onlineManager.subscribe(onChange);
const isOnline = () => onlineManager.isOnline();

export function ErrorNotice({ error, title, onRetry }: ErrorNoticeProps) {
  const code = errorCode(error);
  const openSample = useSampleOffer();
  const online = useSyncExternalStore(subscribe, isOnline, isOnline);
  // Asking again cannot help an unknown id or a bad request: do not offer it.
  const canRetry =
    !(error instanceof CitescopeError) ||
    error.retryable ||
    (code !== null && AFTER_RECONNECTING.has(code));
  const offerSample = openSample !== null && code !== null && OUT_OF_REACH.has(code);
  const saidByBanner = code === 'offline' && !online;
  return (
    <div className="notice notice-error" role="alert" data-error-code={code ?? 'unknown'}>
      <strong>{title}</strong>
      {!saidByBanner && <p>{errorMessage(error)}</p>}
      {code === 'not-found' && <p>Check the id or link, or search for the paper by its title.</p>}
      <div className="notice-actions">
        {onRetry && canRetry && (
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        )}
        {offerSample && (
          <button type="button" onClick={openSample}>
            Open the offline sample
          </button>
        )}
      </div>
    </div>
  );
}
