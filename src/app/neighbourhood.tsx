import { useMemo } from 'react';
import { InvalidIdentifierError, parsePaperInput } from '../domain/identifier';
import { PaperSummary } from '../features/paper-details/paper-summary';
import { PaperTable } from '../features/paper-list/paper-table';
import { SearchResults } from '../features/search/search-results';
import { ErrorNotice } from '../ui/error-notice';
import { NeighbourhoodStatus } from './neighbourhood-status';
import { useNeighbourhood } from '../queries/use-neighbourhood';

interface NeighbourhoodProps {
  /** What the URL says, e.g. a DOI or a paperId. */
  readonly paperInput: string;
  readonly demo: boolean;
  readonly onOpen: (paper: string) => void;
}

const openSample = () => {
  window.location.assign(`${window.location.pathname}?demo=1`);
};

export function Neighbourhood({ paperInput, demo, onOpen }: NeighbourhoodProps) {
  const parsed = useMemo(() => {
    try {
      return parsePaperInput(paperInput);
    } catch (error) {
      if (error instanceof InvalidIdentifierError) return error;
      throw error;
    }
  }, [paperInput]);

  if (parsed instanceof InvalidIdentifierError) {
    return <ErrorNotice title="This link does not name a paper" error={parsed} />;
  }
  // A title in the URL (a hand-typed link) shows the matching papers to choose from.
  if (parsed.kind === 'title') return <SearchResults query={parsed.query} onOpen={onOpen} />;
  return <LoadedNeighbourhood apiId={parsed.apiId} demo={demo} />;
}

function LoadedNeighbourhood({ apiId, demo }: { apiId: string; demo: boolean }) {
  const { paper, references, citations, graph } = useNeighbourhood(apiId);

  if (paper.isPending) {
    return <p role="status">Loading the paper…</p>;
  }
  if (paper.isError) {
    return (
      <ErrorNotice
        title="Could not open this paper"
        error={paper.error}
        onRetry={() => void paper.refetch()}
        onOpenSample={demo ? undefined : openSample}
      />
    );
  }
  return (
    <div className="neighbourhood">
      <PaperSummary paper={paper.data} headingLevel={1} />
      {graph && <NeighbourhoodStatus graph={graph} references={references} citations={citations} />}
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
      {graph && (
        <PaperTable
          nodes={graph.nodes}
          caption={`Neighbours of “${paper.data.title ?? 'this paper'}”`}
        />
      )}
    </div>
  );
}
