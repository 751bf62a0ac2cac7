import { useCallback, useEffect, useMemo, useState } from 'react';
import { ExportMenu } from '../features/export/export-menu';
import { FiltersPanel } from '../features/filters/filters-panel';
import { LayoutSwitch } from '../features/graph-toolbar/layout-switch';
import { DetailsPanel } from '../features/paper-details/details-panel';
import { PaperTable } from '../features/paper-list/paper-table';
import { countHiddenForNoYear, nodeMatcher, type GraphFilters } from '../graph/filters';
import { localCitationCounts } from '../graph/interlinks';
import { yearHistogram } from '../graph/year-histogram';
import { useNeighbourhood } from '../queries/use-neighbourhood';
import { LoadProgress } from '../features/loading/load-progress';
import { ErrorNotice } from '../ui/error-notice';
import { GraphSection } from './graph-section';
import { takeRestore } from './restore-store';
import { useCitationCap } from './use-citation-cap';
import { useViewExport } from './use-view-export';
import { NeighbourhoodStatus } from './neighbourhood-status';
import { TrailBar } from './trail-bar';
import type { SetView } from './url-state';
import type { ViewState } from './url-codec';
import { useTrail } from './use-trail';

const CITATION_STEP = 5_000;
/** As many as the API will page through (it stops near 10,000). */
const ALL = 1_000_000;

interface LoadedExplorerProps {
  readonly apiId: string;
  readonly view: ViewState & { paper: string };
  readonly setView: SetView;
  readonly demo: boolean;
}

export function LoadedExplorer({ apiId, view, setView }: LoadedExplorerProps) {
  const [citationCap, setCitationCap] = useCitationCap(apiId);
  const { paper, references, citations, interlinks, graph, stop } = useNeighbourhood(
    apiId,
    citationCap,
    view.showLinks,
  );
  const trail = useTrail(view.paper, paper.data?.title ?? null);
  // Fetch the graph's code while the paper's data is in flight.
  useEffect(() => {
    void import('../cytoscape/graph-canvas');
  }, []);
  const [initialRestore] = useState(() => takeRestore(apiId));
  const [selectedKey, setSelectedKey] = useState(initialRestore?.selectedKey ?? null);
  const { filters } = view;
  const exporter = useViewExport({
    apiId,
    initialRestore,
    centre: paper.data,
    references: references.data,
    citations: citations.data,
    filters,
    layout: view.layout,
    selectedKey,
    citationCap,
    setView,
    setSelectedKey,
  });
  const restore = useMemo(
    () =>
      exporter.restored && {
        key: exporter.restored.createdAt,
        positions: exporter.restored.positions,
      },
    [exporter.restored],
  );

  const isVisible = useMemo(() => nodeMatcher(filters), [filters]);
  const nodes = useMemo(() => graph?.nodes ?? [], [graph]);
  const histogram = useMemo(() => yearHistogram(nodes), [nodes]);
  const visibleNodes = useMemo(() => nodes.filter(isVisible), [nodes, isVisible]);
  const hiddenForNoYear = useMemo(() => countHiddenForNoYear(nodes, filters), [nodes, filters]);
  // With the links among papers in, the list can rank by how often this neighbourhood cites each.
  const localCounts = useMemo(
    () => (graph && view.showLinks && interlinks.data ? localCitationCounts(graph) : null),
    [graph, view.showLinks, interlinks.data],
  );

  const setFilters = useCallback((next: GraphFilters) => setView({ filters: next }), [setView]);
  const makeCentre = useCallback(
    (paperId: string) => {
      // A new centre has its own years and counts: keep what to show, drop the ranges.
      setView(
        {
          paper: paperId,
          filters: { ...filters, yearFrom: null, yearTo: null, minCitations: 0, text: '' },
        },
        'push',
      );
    },
    [setView, filters],
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
    return (
      <ErrorNotice
        title="Could not open this paper"
        error={paper.error}
        onRetry={() => void paper.refetch()}
      />
    );
  }
  const centre = paper.data;
  const selected =
    (selectedKey !== null ? nodes.find((n) => n.key === selectedKey)?.paper : undefined) ?? centre;

  return (
    <div className="explorer">
      <aside className="explorer-filters">
        <FiltersPanel
          filters={filters}
          histogram={histogram}
          hiddenForNoYear={hiddenForNoYear}
          onChange={setFilters}
          showLinks={view.showLinks}
          onShowLinks={(showLinks) => setView({ showLinks })}
        />
      </aside>
      <GraphSection
        graph={graph}
        layout={view.layout}
        isVisible={isVisible}
        selectedKey={selectedKey}
        onSelect={setSelectedKey}
        onOpen={makeCentre}
        onImageHandle={exporter.onImageHandle}
        streaming={references.isFetching || citations.isFetching}
        restore={restore}
      >
        <TrailBar trail={trail} />
        <div className="graph-toolbar">
          {graph && (
            <NeighbourhoodStatus
              graph={graph}
              isVisible={isVisible}
              references={references}
              citations={citations}
            />
          )}
          <LayoutSwitch layout={view.layout} onChange={(layout) => setView({ layout })} />
          <ExportMenu
            centre={centre}
            nodes={visibleNodes}
            selected={selectedKey === null ? null : selected}
            getPng={exporter.getPng}
            getSvg={exporter.getSvg}
            getSnapshot={exporter.getSnapshot}
            onOpenSnapshot={exporter.onOpenSnapshot}
          />
        </div>
        <LoadProgress
          noun="citations"
          data={citations.data}
          total={centre.citationCount}
          fetching={citations.isFetching}
          step={CITATION_STEP}
          onStop={() => stop('citations')}
          onContinue={() => void citations.refetch()}
          onLoadMore={() => setCitationCap((cap) => cap + CITATION_STEP)}
          onLoadAll={() => setCitationCap(ALL)}
        />
        {view.showLinks && interlinks.isFetching && (
          <p className="load-progress muted">Fetching the links among these papers…</p>
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
        {citations.isError && (
          <ErrorNotice
            title="Could not load the citations"
            error={citations.error}
            onRetry={() => void citations.refetch()}
          />
        )}
      </GraphSection>
      <aside className="explorer-side">
        <DetailsPanel
          paper={selected}
          isCentre={selected === centre}
          onMakeCentre={makeCentre}
          onClose={() => setSelectedKey(null)}
        />
        <PaperTable
          nodes={visibleNodes}
          caption={`Papers around “${centre.title ?? 'this paper'}”`}
          selectedKey={selectedKey}
          onSelect={setSelectedKey}
          localCounts={localCounts}
        />
      </aside>
    </div>
  );
}
