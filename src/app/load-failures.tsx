// The view's first request failed: the paper, or the seed papers. Shown by the view itself and,
// before the explorer's code is in, by its loader (see explorer-loader.tsx) — the same notice.
import { ErrorNotice } from '../ui/error-notice';

interface FailedQuery {
  readonly error: unknown;
  readonly refetch: () => Promise<unknown>;
}

export function PaperLoadFailure({ query }: { readonly query: FailedQuery }) {
  return (
    <ErrorNotice
      title="Could not open this paper"
      error={query.error}
      onRetry={() => void query.refetch()}
    />
  );
}

export function SeedsLoadFailure({ query }: { readonly query: FailedQuery }) {
  return (
    <ErrorNotice
      title="Could not load the seed papers"
      error={query.error}
      onRetry={() => void query.refetch()}
    />
  );
}
