import type { CitationGraph } from '../graph/citation-graph';
import type { ExpansionFailure } from '../queries/use-expansions';
import { ErrorNotice } from '../ui/error-notice';
import { paperTitle } from '../ui/format';

interface ExpansionFailuresProps {
  readonly failures: readonly ExpansionFailure[];
  readonly graph: CitationGraph | null;
}

/** Each expansion whose list could not be loaded, named, with what arrived kept and a retry. */
export function ExpansionFailures({ failures, graph }: ExpansionFailuresProps) {
  return failures.map((failure) => {
    const node = graph?.nodes.find((n) => n.key === failure.id);
    const title = node ? paperTitle(node.paper) : 'a paper';
    const what = failure.direction === 'details' ? 'details' : failure.direction;
    return (
      <ErrorNotice
        key={`${failure.id}:${failure.direction}`}
        title={`Could not load the ${what} of “${title}” to expand it`}
        error={failure.error}
        onRetry={failure.retry}
      />
    );
  });
}
