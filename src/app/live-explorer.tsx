// A paper's neighbourhood from the live API: the paper, then its lists streaming in, with
// progress, Stop and "Load more", and each failure said where it happened.
import { useEffect, useMemo, useState } from 'react';
import { LoadProgress } from '../features/loading/load-progress';
import progress from '../features/loading/load-progress.module.css';
import { useNeighbourhood } from '../queries/use-neighbourhood';
import { classNames } from '../ui/class-names';
import { ErrorNotice } from '../ui/error-notice';
import { PanelBoundary } from '../ui/panel-boundary';
import { DiscoverSection } from './discover-section';
import { ExpansionFailures } from './expansion-failures';
import { ExplorerView, type ExpansionControls } from './explorer-view';
import { expansionBudget, toggleExpansion } from './expansion-view';
import { useSession } from './session-context';
import { useGraphMeasures } from './use-graph-measures';
import { ALL_CITATIONS, centredOn, DEFAULT_CITATION_CAP, type ViewState } from './url-codec';
import type { SetView } from './view-store';
import { LoadFailure } from './load-failures';

interface LiveExplorerProps {
  readonly apiId: string;
  readonly view: ViewState & { paper: string };
  readonly setView: SetView;
}

export function LiveExplorer({ apiId, view, setView }: LiveExplorerProps) {
  // Discover asks for the neighbours' reference lists only when the reader starts it.
  const [discovering, setDiscovering] = useState(false);
  const select = useSession((state) => state.select);
  // Expanded papers' lists load beside the centre's (in parallel on a reload) and join its graph.
  const [budget] = useState(expansionBudget);
  const neighbourhood = useNeighbourhood(apiId, {
    citationCap: view.citationCap,
    showLinks: view.showLinks,
    fetchLinks: view.showLinks || discovering,
    expanded: view.expanded,
    expansionBudget: budget,
  });
  const { paper, references, citations, interlinks, graph, stop } = neighbourhood;
  const grown = neighbourhood.expansions;
  const expansion = useMemo<ExpansionControls>(
    () => ({
      expanded: view.expanded,
      loading: grown.loading,
      onToggle: (id) => setView((current) => toggleExpansion(current, id), 'push'),
    }),
    [view.expanded, grown.loading, setView],
  );
  // Fetch the graph's code while the paper's data is in flight.
  useEffect(() => {
    void import('../cytoscape/graph-canvas');
  }, []);
  const { localCounts, ranks } = useGraphMeasures(
    graph,
    view.showLinks && interlinks.data !== undefined,
  );

  if (paper.isPending) {
    // TanStack Query pauses fetches while the browser is offline; say so instead of spinning.
    return paper.fetchStatus === 'paused' ? (
      <p role="status" className="notice">
        You are offline and this paper is not in the cache yet. It will load when you are back
        online.
      </p>
    ) : (
      <p role="status">Loading the paper…</p>
    );
  }
  if (paper.isError) {
    return <LoadFailure of="paper" query={paper} />;
  }
  const centre = paper.data;
  const loading = [
    references.isFetching || references.isPending ? 'references' : null,
    citations.isFetching || citations.isPending ? 'citations' : null,
    grown.loading.length > 0 ? 'expansions' : null,
  ].filter((part) => part !== null);

  const notices = (
    <>
      <LoadProgress
        noun="citations"
        data={citations.data}
        total={centre.citationCount}
        fetching={citations.isFetching}
        step={DEFAULT_CITATION_CAP}
        onStop={() => stop('citations')}
        onContinue={() => void citations.refetch()}
        onLoadMore={() => setView({ citationCap: view.citationCap + DEFAULT_CITATION_CAP })}
        onLoadAll={() => setView({ citationCap: ALL_CITATIONS })}
      />
      {view.showLinks && interlinks.isFetching && (
        <p className={classNames(progress.progress, 'muted')}>
          Fetching the links among these papers…
        </p>
      )}
      {interlinks.isError && (
        <ErrorNotice
          title="Could not load the links among these papers"
          error={interlinks.error}
          onRetry={() => void interlinks.refetch()}
        />
      )}
      {references.isError && (
        <ErrorNotice
          title="Could not load the references"
          error={references.error}
          onRetry={() => void references.refetch()}
        />
      )}
      <ExpansionFailures failures={grown.failures} graph={graph} />
      {citations.isError && (
        <ErrorNotice
          title="Could not load the citations"
          error={citations.error}
          onRetry={() => void citations.refetch()}
        />
      )}
    </>
  );

  return (
    <ExplorerView
      centre={centre}
      graph={graph}
      view={view}
      setView={setView}
      references={references.data?.links ?? []}
      citations={citations.data?.links ?? []}
      expansions={grown.expansions}
      loading={loading}
      localCounts={localCounts}
      ranks={ranks}
      onShowLinks={(showLinks) => setView({ showLinks })}
      restore={null}
      expansion={expansion}
      notices={notices}
      discover={
        graph && (
          <PanelBoundary name="Discover">
            <DiscoverSection
              graph={graph}
              referenceIds={interlinks.data}
              fetching={interlinks.isFetching}
              onStart={discovering ? null : () => setDiscovering(true)}
              onSelect={(key) => select(view.paper, key)}
              onMakeCentre={(id) => setView((current) => centredOn(current, id), 'push')}
              onExpand={expansion.onToggle}
              isExpanded={(id) => view.expanded.some((expanded) => expanded === id)}
            />
          </PanelBoundary>
        )
      }
    />
  );
}
