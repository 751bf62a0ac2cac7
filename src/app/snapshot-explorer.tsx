// An opened snapshot file, shown read-only as a view of its own: its papers come from the file
// alone (nothing is fetched, nothing is written to the cache of live data), it says when it
// was taken, and one click goes back to the live data of the same paper.
import { useMemo } from 'react';
import { buildCitationGraph } from '../graph/citation-graph';
import { addExpansions } from '../graph/expansion';
import { useSession } from './session-context';
import { ExplorerView } from './explorer-view';
import type { ViewState } from './url-codec';
import type { SetView } from './view-store';

interface SnapshotExplorerProps {
  readonly view: ViewState & { paper: string; snapshot: string };
  readonly setView: SetView;
}

const NOTHING_LOADING: readonly string[] = [];

export function formatTakenAt(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });
}

export function SnapshotExplorer({ view, setView }: SnapshotExplorerProps) {
  const stored = useSession((state) => state.snapshot);
  // The URL names the snapshot; the file itself is only in this tab's memory once opened.
  const snapshot =
    stored?.createdAt === view.snapshot && stored.centre.id === view.paper ? stored : null;
  const graph = useMemo(
    () =>
      snapshot &&
      addExpansions(
        buildCitationGraph({
          centre: snapshot.centre,
          references: snapshot.references,
          citations: snapshot.citations,
        }),
        snapshot.expansions,
      ),
    [snapshot],
  );
  const restore = useMemo(
    () => snapshot && { key: snapshot.createdAt, positions: snapshot.positions },
    [snapshot],
  );
  const goLive = (mode: 'push' | 'replace') => {
    setView({ snapshot: null }, mode);
  };
  const takenAt = formatTakenAt(view.snapshot);

  if (!snapshot || !graph) {
    return (
      <div className="notice" role="status">
        <strong>Snapshot from {takenAt}</strong>
        <p>
          This link shows a snapshot saved in a file, which is not open in this tab. Open the file
          again (Export → Open snapshot…), or see the paper as it is now.
        </p>
        <div className="notice-actions">
          <button type="button" onClick={() => goLive('replace')}>
            Show live data
          </button>
        </div>
      </div>
    );
  }
  const banner = (
    <div className="notice" role="note" aria-label="Snapshot">
      <strong>Snapshot from {takenAt}</strong>{' '}
      <span>— read-only: these are the papers as they were saved, and nothing is fetched.</span>{' '}
      <button type="button" onClick={() => goLive('push')}>
        Back to live data
      </button>
    </div>
  );
  return (
    <ExplorerView
      expansion={null}
      centre={snapshot.centre}
      graph={graph}
      view={view}
      setView={setView}
      references={snapshot.references}
      citations={snapshot.citations}
      expansions={snapshot.expansions}
      loading={NOTHING_LOADING}
      localCounts={null}
      ranks={null}
      discover={null}
      onShowLinks={null}
      restore={restore}
      notices={banner}
    />
  );
}
