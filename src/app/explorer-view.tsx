// The explorer for one neighbourhood, wherever its data came from (the live API or an opened
// snapshot): three columns (filters, graph, details and list) on a wide screen, the graph with a
// tabbed panel beside or under it on a smaller one.
import { useCallback, useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import type { CitationLink, Paper } from '../domain/paper';
import { ExportMenu } from '../features/export/export-menu';
import { IntentFilters } from '../features/citation-context/intent-filters';
import { FiltersPanel } from '../features/filters/filters-panel';
import { LayoutSwitch } from '../features/graph-toolbar/layout-switch';
import { SizeBySwitch } from '../features/graph-toolbar/size-by-switch';
import { DetailsPanel } from '../features/paper-details/details-panel';
import { PaperTable } from '../features/paper-list/paper-table';
import type { CitationGraph, GraphNode } from '../graph/citation-graph';
import type { Expansion } from '../graph/expansion';
import { countHiddenForNoYear, nodeMatcher, type GraphFilters } from '../graph/filters';
import type { LayoutName, Point } from '../graph/layout/positions';
import { yearHistogram } from '../graph/year-histogram';
import { PanelBoundary } from '../ui/panel-boundary';
import { CollectionMenu } from './collection-menu';
import { GraphSection } from './graph-section';
import styles from './layout.module.css';
import { NeighbourhoodStatus } from './neighbourhood-status';
import { PanelTabs, type PanelName } from './panel-tabs';
import { useSession } from './session-context';
import { TrailBar } from './trail-bar';
import { centredOn, type ViewState } from './url-codec';
import { TABS_QUERY, useMediaQuery } from './use-media-query';
import { useLogExport } from './use-log-export';
import { useTrail } from './use-trail';
import { useViewExport } from './use-view-export';
import { WhyItCites } from './why-it-cites';
import type { SetView } from './view-store';

export interface ExplorerViewProps {
  readonly centre: Paper;
  readonly graph: CitationGraph | null;
  readonly view: ViewState & { paper: string };
  readonly setView: SetView;
  /** The lists as loaded (a snapshot keeps them). */
  readonly references: readonly CitationLink[];
  readonly citations: readonly CitationLink[];
  /** The expanded papers' lists as loaded (a snapshot keeps them too). */
  readonly expansions: readonly Expansion[];
  /** Which lists are still arriving, for the status line; layouts are spaced out meanwhile. */
  readonly loading: readonly string[];
  /** How often this neighbourhood cites each paper, once the links among papers are in. */
  readonly localCounts: ReadonlyMap<string, number> | null;
  /** PageRank over the graph and its links, once the links among papers are in. */
  readonly ranks: ReadonlyMap<string, number> | null;
  /** Null where the links among papers cannot be fetched (a snapshot). */
  readonly onShowLinks: ((show: boolean) => void) | null;
  /** Positions to draw first (an opened snapshot), with a key for a fresh canvas. */
  readonly restore: { readonly key: string; readonly positions: Record<string, Point> } | null;
  /** Progress, errors or a banner, above the graph. */
  readonly notices: ReactNode;
  /** The Discover panel; null where it cannot fetch (a snapshot). */
  readonly discover: ReactNode;
  /** Growing the graph in place; null where it cannot fetch (a snapshot). */
  readonly expansion: ExpansionControls | null;
  /** What the trail and the list call this view; the centre's title unless said ("4 seeds"). */
  readonly label?: string;
}

export interface ExpansionControls {
  /** The expanded papers, in the order they were expanded (the URL's `expand=`). */
  readonly expanded: readonly string[];
  /** Those whose lists are still arriving. */
  readonly loading: readonly string[];
  /** Expands a paper, or collapses it when it is expanded. */
  readonly onToggle: (paperId: string) => void;
}

export function ExplorerView(props: ExplorerViewProps) {
  const { centre, graph, view, setView } = props;
  const trail = useTrail(view.paper, props.label ?? centre.title);
  const selectedKey = useSession((state) =>
    state.selection?.paper === view.paper ? state.selection.key : null,
  );
  const selectInStore = useSession((state) => state.select);
  const select = useCallback(
    (key: string | null) => {
      selectInStore(view.paper, key);
    },
    [selectInStore, view.paper],
  );
  // Inputs show each keystroke at once; the graph and the list follow when React has time.
  const filters = useDeferredValue(view.filters);
  const isVisible = useMemo(() => nodeMatcher(filters), [filters]);
  const nodes = useMemo(() => graph?.nodes ?? [], [graph]);
  const centreYear = graph?.centre.year ?? null;
  const histogram = useMemo(() => yearHistogram(nodes, centreYear), [nodes, centreYear]);
  const visibleNodes = useMemo(() => nodes.filter(isVisible), [nodes, isVisible]);
  const hiddenForNoYear = useMemo(() => countHiddenForNoYear(nodes, filters), [nodes, filters]);
  const exporter = useViewExport({
    centre,
    references: props.references,
    citations: props.citations,
    expansions: props.expansions,
    filters,
    layout: view.layout,
    selectedKey,
    setView,
  });
  const logExport = useLogExport();
  const setFilters = useCallback((next: GraphFilters) => setView({ filters: next }), [setView]);
  const makeCentre = useCallback(
    (paperId: string) => {
      setView((current) => centredOn(current, paperId), 'push');
    },
    [setView],
  );
  // The URL names what is drawn: a layout that could not be used as asked is replaced.
  const onLayoutDrawn = useCallback(
    (drawn: LayoutName) => {
      setView((current) => (current.layout === drawn ? current : { ...current, layout: drawn }));
    },
    [setView],
  );
  // In the tabbed layout a paper chosen on the graph brings its details forward.
  const tabbed = useMediaQuery(TABS_QUERY);
  const [panel, setPanel] = useState<PanelName>('details');
  const [listTab, setListTab] = useState<PanelName>('papers');
  const selectFromGraph = useCallback(
    (key: string | null) => {
      select(key);
      if (key !== null) setPanel('details');
    },
    [select],
  );
  const selected =
    (selectedKey !== null ? nodes.find((n) => n.key === selectedKey)?.paper : undefined) ?? centre;
  const { expansion } = props;
  const seedCount = graph?.seeds?.length ?? 1;
  const rowActions = useCallback(
    (node: GraphNode) =>
      node.paper.id !== null ? <CollectionMenu paper={node.paper} compact /> : null,
    [],
  );
  const expandedSet = useMemo(() => new Set(expansion?.expanded), [expansion?.expanded]);
  const listExpansion = useMemo(
    () => expansion && { expanded: expandedSet, onToggle: expansion.onToggle },
    [expansion, expandedSet],
  );

  const filtersPanel = (
    <PanelBoundary name="The filters">
      <FiltersPanel
        filters={view.filters}
        histogram={histogram}
        hiddenForNoYear={hiddenForNoYear}
        onChange={setFilters}
        showLinks={view.showLinks}
        onShowLinks={props.onShowLinks}
        seeds={seedCount}
      >
        <IntentFilters filters={view.filters} onChange={setFilters} />
      </FiltersPanel>
    </PanelBoundary>
  );
  const detailsPanel = (
    <PanelBoundary name="The details">
      <DetailsPanel
        paper={selected}
        isCentre={selected === centre}
        onMakeCentre={makeCentre}
        onClose={() => select(null)}
        actions={selected.id !== null ? <CollectionMenu paper={selected} /> : undefined}
        expansion={
          expansion && selected.id !== null
            ? {
                expanded: expandedSet.has(selected.id),
                busy: expansion.loading.includes(selected.id),
                onToggle: expansion.onToggle,
              }
            : undefined
        }
      >
        <WhyItCites
          graph={graph}
          selectedKey={selected === centre ? null : selectedKey}
          filters={view.filters}
          onChange={setFilters}
        />
      </DetailsPanel>
    </PanelBoundary>
  );
  const listPanel = (
    <PanelBoundary name="The list of papers">
      <PaperTable
        nodes={visibleNodes}
        caption={`Papers around ${props.label ?? `“${centre.title ?? 'this paper'}”`}`}
        selectedKey={selectedKey}
        onSelect={select}
        localCounts={props.localCounts}
        ranks={props.ranks}
        expansion={listExpansion}
        seeded={seedCount > 1}
        rowActions={rowActions}
      />
    </PanelBoundary>
  );

  // The graph comes first in the page at every width, so a change of layout (a window widened
  // past the breakpoint) never draws it afresh; on wide screens the grid puts the filters left.
  return (
    <div className={styles.explorer} data-layout={tabbed ? 'tabs' : 'columns'}>
      <PanelBoundary name="The graph">
        <GraphSection
          graph={graph}
          layout={view.layout}
          sizeBy={view.sizeBy}
          measure={view.sizeBy === 'rank' ? props.ranks : props.localCounts}
          isVisible={isVisible}
          selectedKey={selectedKey}
          onSelect={selectFromGraph}
          onOpen={makeCentre}
          onExpand={expansion?.onToggle}
          onImageHandle={exporter.onImageHandle}
          streaming={props.loading.length > 0}
          restore={props.restore}
          onLayoutDrawn={onLayoutDrawn}
        >
          <TrailBar trail={trail} />
          <div className={styles.toolbar}>
            {graph && (
              <NeighbourhoodStatus graph={graph} isVisible={isVisible} loading={props.loading} />
            )}
            <LayoutSwitch layout={view.layout} onChange={(layout) => setView({ layout })} />
            <SizeBySwitch
              value={view.sizeBy}
              onChange={(sizeBy) => setView({ sizeBy })}
              citedHereAvailable={props.localCounts !== null}
            />
            <ExportMenu
              centre={centre}
              nodes={visibleNodes}
              selected={selectedKey === null ? null : selected}
              getPng={exporter.getPng}
              getSvg={exporter.getSvg}
              getSnapshot={exporter.getSnapshot}
              onOpenSnapshot={exporter.onOpenSnapshot}
              {...logExport}
            />
          </div>
          {props.notices}
        </GraphSection>
      </PanelBoundary>
      {tabbed ? (
        <PanelTabs
          value={panel}
          onChange={setPanel}
          panels={{
            details: detailsPanel,
            papers: listPanel,
            ...(props.discover ? { discover: props.discover } : {}),
            filters: filtersPanel,
          }}
        />
      ) : (
        <>
          <aside className={styles.filters} aria-label="Filters column">
            {filtersPanel}
          </aside>
          <aside className={styles.side} aria-label="Details and papers">
            <div className={styles.detailsSlot}>{detailsPanel}</div>
            <div className={styles.listSlot}>
              {props.discover ? (
                <PanelTabs
                  value={listTab}
                  onChange={setListTab}
                  label="Papers and discovery"
                  panels={{ papers: listPanel, discover: props.discover }}
                />
              ) : (
                listPanel
              )}
            </div>
          </aside>
        </>
      )}
    </div>
  );
}
