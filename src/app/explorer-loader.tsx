// The explorer is a chunk of its own: it is most of the app's code and brings the graph model,
// virtual lists, menus and sliders, none of which the Welcome screen or a search needs. A URL
// that names a paper or seeds starts the chunk at once and, alongside it, that view's first
// request, so opening a shared link never waits for the code and only then for the data.
import {
  useIsRestoring,
  useQueryClient,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useMemo } from 'react';
import type { S2Client } from '../api/types';
import { parsePaperInput } from '../domain/identifier';
import { paperQueryOptions } from '../queries/paper-queries';
import { useS2Client } from '../queries/s2-client-context';
import { seedPapersQueryOptions } from '../queries/seed-queries';
import type { ExplorerRouteProps } from './explorer-route';
import { loadExplorer, loadGraphCanvas } from './lazy-chunks';
import type { ViewState } from './url-codec';

const ExplorerRoute = lazy(() =>
  loadExplorer().then((module) => ({ default: module.ExplorerRoute })),
);

/** The paper or seeds view, with the same loading line as the view itself until its code is in. */
export function LazyExplorer(props: ExplorerRouteProps) {
  return (
    <Suspense fallback={<ExplorerPending view={props.view} />}>
      <ExplorerRoute {...props} />
    </Suspense>
  );
}

interface FirstRequest {
  readonly queryKey: QueryKey;
  readonly prefetch: (queryClient: QueryClient) => Promise<unknown>;
}

/** The request a view makes first (the paper, or the seeds), when it makes one. */
function firstRequest(
  { paper, snapshot, seeds }: Pick<ViewState, 'paper' | 'snapshot' | 'seeds'>,
  client: S2Client,
): FirstRequest | null {
  if (seeds.length > 0) {
    const options = seedPapersQueryOptions(client, seeds);
    return { queryKey: options.queryKey, prefetch: (cache) => cache.query(options) };
  }
  if (paper === null || snapshot !== null) return null;
  let parsed;
  try {
    parsed = parsePaperInput(paper);
  } catch {
    // A link that names no paper: the explorer says so once its code is in.
    return null;
  }
  if (parsed.kind === 'title') return null;
  const options = paperQueryOptions(client, parsed.apiId);
  return { queryKey: options.queryKey, prefetch: (cache) => cache.query(options) };
}

function ExplorerPending({ view }: { readonly view: ViewState }) {
  const client = useS2Client();
  const queryClient = useQueryClient();
  // The persisted cache may already hold the answer: wait until it has been read back.
  const restoring = useIsRestoring();
  const { paper, snapshot, seeds } = view;
  const first = useMemo(
    () => firstRequest({ paper, snapshot, seeds }, client),
    [client, paper, snapshot, seeds],
  );
  useEffect(() => {
    // Not `useQuery`: its observer would go with this placeholder and cancel the request.
    if (!restoring && first && !queryClient.getQueryState(first.queryKey)) {
      // A failure is the view's to show, with its own retry, once its code is in.
      first.prefetch(queryClient).catch(() => undefined);
    }
  }, [restoring, first, queryClient]);
  useEffect(() => {
    // The graph's code is the next thing the view needs.
    void loadGraphCanvas();
  }, []);
  return (
    <p role="status">
      {seeds.length > 0
        ? `Loading ${seeds.length.toLocaleString('en')} seed papers…`
        : 'Loading the paper…'}
    </p>
  );
}
