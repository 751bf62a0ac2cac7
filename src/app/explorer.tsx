import { useMemo } from 'react';
import { InvalidIdentifierError, parsePaperInput } from '../domain/identifier';
import { SearchResults } from '../features/search/search-results';
import { ErrorNotice } from '../ui/error-notice';
import { LoadedExplorer } from './loaded-explorer';
import type { SetView } from './url-state';
import type { ViewState } from './url-codec';

interface ExplorerProps {
  readonly view: ViewState & { paper: string };
  readonly setView: SetView;
  readonly demo: boolean;
}

/** Reads the paper named in the URL; titles typed into a link show matching papers instead. */
export function Explorer({ view, setView, demo }: ExplorerProps) {
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
          setView({ paper }, 'replace');
        }}
      />
    );
  }
  return (
    <LoadedExplorer
      key={parsed.apiId}
      apiId={parsed.apiId}
      view={view}
      setView={setView}
      demo={demo}
    />
  );
}
