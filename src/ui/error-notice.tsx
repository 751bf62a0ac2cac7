import { CancelledError } from '@tanstack/react-query';
import { ApiError } from '../api/errors';
import { CitescopeError } from '../domain/errors';

interface ErrorNoticeProps {
  readonly error: unknown;
  /** What was being done, e.g. "Could not load the citations". */
  readonly title: string;
  readonly onRetry?: () => void;
  /** Offered when the API is out of reach. */
  readonly onOpenSample?: () => void;
}

/** Error codes that mean "the API could not be reached" rather than "the API said no". */
const UNREACHABLE = new Set(['network', 'timeout']);

export function errorCode(error: unknown): string | null {
  if (error instanceof CancelledError) return 'cancelled';
  return error instanceof CitescopeError ? error.code : null;
}

export function errorMessage(error: unknown): string {
  if (error instanceof CancelledError)
    return 'Loading was cancelled. Try again when you are ready.';
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}

export function ErrorNotice({ error, title, onRetry, onOpenSample }: ErrorNoticeProps) {
  const code = errorCode(error);
  const unreachable = code !== null && UNREACHABLE.has(code);
  // Asking again cannot help an unknown id or a bad request: do not offer it.
  const retryable = !(error instanceof ApiError) || error.retryable;
  return (
    <div className="notice notice-error" role="alert" data-error-code={code ?? 'unknown'}>
      <strong>{title}</strong>
      <p>{errorMessage(error)}</p>
      {code === 'not-found' && <p>Check the id or link, or search for the paper by its title.</p>}
      {unreachable && (
        <p>
          Semantic Scholar is out of reach from here. Check your connection, or explore the offline
          sample instead.
        </p>
      )}
      <div className="notice-actions">
        {onRetry && retryable && (
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        )}
        {unreachable && onOpenSample && (
          <button type="button" onClick={onOpenSample}>
            Open the offline sample
          </button>
        )}
      </div>
    </div>
  );
}
