// What the Export menu needs from the explorer: images from the drawn graph, a snapshot of the
// whole view, and opening a snapshot again — seeding the query cache with its papers so the view
// comes back exactly, without a single request.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { offerRestore, takeRestore } from './restore-store';
import type { LinkList } from '../api/types';
import type { GraphImageHandle } from '../cytoscape/graph-image';
import type { CitationLink, Paper } from '../domain/paper';
import type { GraphFilters } from '../graph/filters';
import type { LayoutName } from '../graph/layout/positions';
import { toSnapshot, type ViewSnapshot } from '../graph/snapshot';
import type { LinksData } from '../queries/links-query';
import { paperKeys } from '../queries/paper-queries';
import { useS2Client } from '../queries/s2-client-context';
import { REFERENCE_CAP } from '../queries/use-neighbourhood';
import type { SetView } from './url-state';

interface ViewExportInput {
  /** The id this explorer opened (a snapshot of it is restored in place). */
  readonly apiId: string;
  /** A snapshot handed over when this explorer mounted (see restore-store). */
  readonly initialRestore: ViewSnapshot | null;
  readonly centre: Paper | undefined;
  readonly references: LinkList | undefined;
  readonly citations: LinkList | undefined;
  readonly filters: GraphFilters;
  readonly layout: LayoutName;
  readonly selectedKey: string | null;
  readonly citationCap: number;
  readonly setView: SetView;
  readonly setSelectedKey: (key: string | null) => void;
}

const notDrawn = () => Promise.reject(new Error('The graph is not drawn yet.'));

const complete = (links: readonly CitationLink[]): LinksData => ({
  links,
  duplicatesRemoved: 0,
  truncated: false,
  requests: 0,
  next: null,
  complete: true,
});

export function useViewExport(input: ViewExportInput) {
  const client = useS2Client();
  const queryClient = useQueryClient();
  const image = useRef<GraphImageHandle | null>(null);
  const { apiId, centre, references, citations, filters, layout, selectedKey } = input;
  const [restored, setRestored] = useState<ViewSnapshot | null>(input.initialRestore);
  const { citationCap, setView, setSelectedKey } = input;

  const onImageHandle = useCallback((handle: GraphImageHandle | null) => {
    image.current = handle;
  }, []);
  const getPng = useCallback(() => image.current?.png() ?? notDrawn(), []);
  const getSvg = useCallback(() => image.current?.svg() ?? notDrawn(), []);

  const getSnapshot = useCallback((): ViewSnapshot => {
    if (!centre) throw new Error('No paper is open.');
    return toSnapshot({
      centre,
      references: references?.links ?? [],
      citations: citations?.links ?? [],
      filters,
      layout,
      positions: image.current?.positions() ?? {},
      selectedKey,
    });
  }, [centre, references, citations, filters, layout, selectedKey]);

  const onOpenSnapshot = useCallback(
    (snapshot: ViewSnapshot) => {
      const base = client.baseUrl;
      const id = snapshot.centre.id;
      queryClient.setQueryData(paperKeys.detail(base, id), snapshot.centre);
      queryClient.setQueryData(
        paperKeys.links(base, id, 'references', REFERENCE_CAP),
        complete(snapshot.references),
      );
      queryClient.setQueryData(
        paperKeys.links(base, id, 'citations', citationCap),
        complete(snapshot.citations),
      );
      offerRestore(snapshot);
      // Another paper re-centres (a new explorer takes the snapshot); this one restores in place.
      if (id === apiId) {
        setRestored(takeRestore(apiId));
        setSelectedKey(snapshot.selectedKey);
      }
      setView({ paper: id, layout: snapshot.layout, filters: snapshot.filters }, 'push');
    },
    [apiId, client.baseUrl, queryClient, citationCap, setView, setSelectedKey],
  );

  return { restored, onImageHandle, getPng, getSvg, getSnapshot, onOpenSnapshot };
}
