// The explorer is a chunk of its own: it is most of the app's code and brings the graph model,
// virtual lists, menus and sliders, none of which the Welcome screen or a search needs. A URL
// that names a paper or seeds starts the chunk at once and, alongside it, that view's first
// request, so opening a shared link never waits for the code and only then for the data.
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useMemo } from 'react';
import { parsePaperInput } from '../domain/identifier';
import { paperQueryOptions } from '../queries/paper-queries';
import { useS2Client } from '../queries/s2-client-context';
import { seedPapersQueryOptions } from '../queries/seed-queries';
import type { ExplorerRouteProps } from './explorer-route';
import { loadExplorer, loadGraphCanvas } from './lazy-chunks';
import type { ViewState } from './url-codec';
import { LoadFailure } from './load-failures';

const ExplorerRoute = lazy(() =>
  loadExplorer().then((module) => ({ default: module.ExplorerRoute })),
);

/** The paper a view asks for first, when it asks for one (not a title, a snapshot or seeds). */
function firstPaper({ paper, snapshot, seeds }: ViewState): string | null {
  if (paper === null || snapshot !== null || seeds.length > 0) return null;
  try {
    const parsed = parsePaperInput(paper);
    return parsed.kind === 'title' ? null : parsed.apiId;
  } catch {
    // A link that names no paper: the explorer says so once its code is in.
    return null;
  }
}

/**
 * The paper or seeds view, with the view's own loading line until its code is in. Its first
 * request is made here, by an observer that outlives the handover to the view (one that went
 * with the placeholder would cancel the request), and a failure of it is shown here as the
 * view shows it: the view's own query, mounted on a failed one, would ask again at once.
 */
export function LazyExplorer(props: ExplorerRouteProps) {
  const { view } = props;
  const client = useS2Client();
  const apiId = useMemo(() => firstPaper(view), [view]);
  const seeds = view.seeds;
  const paper = useQuery({ ...paperQueryOptions(client, apiId ?? ''), enabled: apiId !== null });
  const seedPapers = useQuery(seedPapersQueryOptions(client, seeds));
  useEffect(() => {
    // The graph's code is the next thing a view needs.
    loadGraphCanvas().catch(() => undefined);
  }, []);

  if (apiId !== null && paper.isError) {
    return <LoadFailure of="paper" query={paper} />;
  }
  if (seeds.length > 0 && seedPapers.isError) {
    return <LoadFailure of="seeds" query={seedPapers} />;
  }
  return (
    <Suspense
      fallback={
        <p role="status">
          {seeds.length > 0
            ? `Loading ${seeds.length.toLocaleString('en')} seed papers…`
            : 'Loading the paper…'}
        </p>
      }
    >
      <ExplorerRoute {...props} />
    </Suspense>
  );
}
