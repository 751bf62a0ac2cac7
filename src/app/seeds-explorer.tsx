// Several seed papers drawn together (`?seeds=`): the seeds, the union of their lists, and how
// many seeds each paper links to — in the same explorer as one centre, so filters, lists,
// layouts, export and the status line behave as they do there.
import { useEffect, useMemo } from 'react';
import type { Expansion } from '../graph/expansion';
import { markNew } from '../graph/seed-graph';
import { useSeedNeighbourhood } from '../queries/use-seed-neighbourhood';
import { ErrorNotice } from '../ui/error-notice';
import { ExplorerView } from './explorer-view';
import { useGraphMeasures } from './use-graph-measures';
import { SeedNotices } from './seed-notices';
import { SeedsCollection } from './seeds-collection';
import { useSession } from './session-context';
import { DEFAULT_CITATION_CAP, type ViewState } from './url-codec';
import type { SetView } from './view-store';
import { LoadFailure } from './load-failures';

interface SeedsExplorerProps {
  readonly view: ViewState;
  readonly setView: SetView;
}

const NO_LINKS: readonly never[] = [];

export function SeedsExplorer({ view, setView }: SeedsExplorerProps) {
  const seeds = useSeedNeighbourhood(view.seeds, {
    citationCap: view.citationCap,
    showLinks: view.showLinks,
  });
  const { papers, interlinks } = seeds;
  // The new citing papers of this collection's last check, marked while it is open.
  const active = useSession((state) => state.activeCollection);
  const whatsNew = useSession((state) => state.whatsNew);
  const fresh = whatsNew?.collectionId === active ? whatsNew.ids : undefined;
  const graph = useMemo(
    () => (seeds.graph && fresh ? markNew(seeds.graph, fresh) : seeds.graph),
    [seeds.graph, fresh],
  );
  useEffect(() => {
    void import('../cytoscape/graph-canvas');
  }, []);
  const { localCounts, ranks } = useGraphMeasures(
    graph,
    view.showLinks && interlinks.data !== undefined,
  );
  // A snapshot keeps the first seed as its centre and the other seeds' lists as expansions.
  const { seedLists } = seeds;
  const others = useMemo<Expansion[]>(
    () =>
      seedLists.slice(1).map((lists) => ({
        id: lists.seed.id,
        references: lists.references,
        citations: lists.citations,
        paper: lists.seed,
      })),
    [seedLists],
  );

  if (papers.isPending) {
    return <p role="status">Loading {view.seeds.length.toLocaleString('en')} seed papers…</p>;
  }
  if (papers.isError) {
    return <LoadFailure of="seeds" query={papers} />;
  }
  const centre = papers.data.papers[0];
  if (!centre) {
    return (
      <p role="status" className="notice">
        None of these {view.seeds.length.toLocaleString('en')} seeds is in Semantic Scholar:{' '}
        {view.seeds.join(', ')}.
      </p>
    );
  }
  const count = papers.data.papers.length;
  const label = view.name ? `“${view.name}” (${count} seeds)` : `${count} seeds`;
  return (
    <ExplorerView
      centre={centre}
      graph={graph}
      view={{ ...view, paper: centre.id }}
      setView={setView}
      references={seedLists[0]?.references ?? NO_LINKS}
      citations={seedLists[0]?.citations ?? NO_LINKS}
      expansions={others}
      loading={seeds.loading}
      localCounts={localCounts}
      ranks={ranks}
      onShowLinks={(showLinks) => setView({ showLinks })}
      restore={null}
      expansion={null}
      discover={null}
      label={label}
      notices={
        <>
          <SeedsCollection seeds={view.seeds} name={view.name} />
          <SeedNotices
            graph={graph}
            missing={papers.data.missing}
            lists={seeds.lists}
            citations={seeds.citations}
            failures={seeds.failures}
            onLoadMore={() => setView({ citationCap: view.citationCap + DEFAULT_CITATION_CAP })}
          />
          {interlinks.isError && (
            <ErrorNotice
              title="Could not load the links among these papers"
              error={interlinks.error}
              onRetry={() => void interlinks.refetch()}
            />
          )}
        </>
      }
    />
  );
}
