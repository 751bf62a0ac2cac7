// The view's first request failed: the paper, or the seed papers. Shown by the view itself and,
// before the explorer's code is in, by its loader (see explorer-loader.tsx) — the same notice.
import { ErrorNotice } from '../ui/error-notice';

const TITLES = {
  paper: 'Could not open this paper',
  seeds: 'Could not load the seed papers',
} as const;

interface LoadFailureProps {
  readonly of: keyof typeof TITLES;
  readonly query: { readonly error: unknown; readonly refetch: () => Promise<unknown> };
}

export function LoadFailure({ of, query }: LoadFailureProps) {
  return (
    <ErrorNotice title={TITLES[of]} error={query.error} onRetry={() => void query.refetch()} />
  );
}
