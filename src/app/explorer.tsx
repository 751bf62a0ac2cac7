import { useMemo } from 'react';
import { InvalidIdentifierError, parsePaperInput } from '../domain/identifier';
import { SearchResults } from '../features/search/search-results';
import { ErrorNotice } from '../ui/error-notice';
import { LiveExplorer } from './live-explorer';
import { SnapshotExplorer } from './snapshot-explorer';
import { centredOn, type ViewState } from './url-codec';
import type { SetView } from './view-store';

interface ExplorerProps {
  readonly view: ViewState & { paper: string };
  readonly setView: SetView;
}

/**
 * Reads the paper named in the URL: live from the API, or from an opened snapshot when the URL
 * names one; a title typed into a link shows matching papers instead.
 */
export function Explorer({ view, setView }: ExplorerProps) {
  const parsed = useMemo(() => {
    try {
      return parsePaperInput(view.paper);
    } catch (error) {
      if (error instanceof InvalidIdentifierError) return error;
      throw error;
    }
  }, [view.paper]);

  if (parsed instanceof InvalidIdentifierError) {
    return <ErrorNotice title="This link does not name a paper" error={parsed} />;
  }
  if (parsed.kind === 'title') {
    return (
      <SearchResults
        query={parsed.query}
        onOpen={(paper) => {
          setView((current) => centredOn(current, paper), 'replace');
        }}
      />
    );
  }
  if (view.snapshot !== null) {
    return (
      <SnapshotExplorer
        key={view.snapshot}
        view={{ ...view, snapshot: view.snapshot }}
        setView={setView}
      />
    );
  }
  return <LiveExplorer key={parsed.apiId} apiId={parsed.apiId} view={view} setView={setView} />;
}
