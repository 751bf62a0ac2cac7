// What the Export menu needs from the explorer: images from the drawn graph, a snapshot of the
// whole view, and opening a snapshot file — which shows it read-only, as a view of its own,
// and never touches the API data in the query cache.
import { useCallback, useRef } from 'react';
import type { GraphImageHandle } from '../cytoscape/graph-image';
import type { CitationLink, Paper } from '../domain/paper';
import type { Expansion } from '../graph/expansion';
import type { GraphFilters } from '../graph/filters';
import type { LayoutName } from '../graph/layout/positions';
import { toSnapshot, type ViewSnapshot } from '../graph/snapshot';
import { useSession } from './session-context';
import type { SetView } from './view-store';

interface ViewExportInput {
  readonly centre: Paper;
  readonly references: readonly CitationLink[];
  readonly citations: readonly CitationLink[];
  readonly expansions: readonly Expansion[];
  readonly filters: GraphFilters;
  readonly layout: LayoutName;
  readonly selectedKey: string | null;
  readonly setView: SetView;
}

const notDrawn = () => Promise.reject(new Error('The graph is not drawn yet.'));

export function useViewExport(input: ViewExportInput) {
  const image = useRef<GraphImageHandle | null>(null);
  const { centre, references, citations, expansions, filters, layout, selectedKey, setView } =
    input;
  const openSnapshot = useSession((state) => state.openSnapshot);
  const select = useSession((state) => state.select);

  const onImageHandle = useCallback((handle: GraphImageHandle | null) => {
    image.current = handle;
  }, []);
  const getPng = useCallback(() => image.current?.png() ?? notDrawn(), []);
  const getSvg = useCallback(() => image.current?.svg() ?? notDrawn(), []);

  const getSnapshot = useCallback(
    (): ViewSnapshot =>
      toSnapshot({
        centre,
        references,
        citations,
        expansions,
        filters,
        layout,
        positions: image.current?.positions() ?? {},
        selectedKey,
      }),
    [centre, references, citations, expansions, filters, layout, selectedKey],
  );

  const onOpenSnapshot = useCallback(
    (snapshot: ViewSnapshot) => {
      const paper = snapshot.centre.id;
      openSnapshot(snapshot);
      select(paper, snapshot.selectedKey);
      setView(
        (view) => ({
          ...view,
          paper,
          search: null,
          layout: snapshot.layout,
          filters: snapshot.filters,
          showLinks: false,
          expanded: [],
          snapshot: snapshot.createdAt,
        }),
        'push',
      );
    },
    [openSnapshot, select, setView],
  );

  return { onImageHandle, getPng, getSvg, getSnapshot, onOpenSnapshot };
}
