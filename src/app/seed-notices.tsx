// What a graph of several seeds says while and after it loads: seeds the API does not know
// (named, never dropped silently), how many lists are in, a way past the shared citations cap,
// and each list that failed, with what arrived kept and a retry.
import progress from '../features/loading/load-progress.module.css';
import type { CitationGraph } from '../graph/citation-graph';
import type { SeedListFailure } from '../queries/use-seed-neighbourhood';
import type { LinksData } from '../queries/links-query';
import { classNames } from '../ui/class-names';
import { ErrorNotice } from '../ui/error-notice';
import { paperTitle } from '../ui/format';

interface SeedNoticesProps {
  readonly graph: CitationGraph | null;
  readonly missing: readonly string[];
  readonly lists: { readonly total: number; readonly loading: boolean; readonly done: number };
  /** Each seed's citations list as loaded. */
  readonly citations: readonly (LinksData | undefined)[];
  readonly failures: readonly SeedListFailure[];
  readonly onLoadMore: () => void;
}

const format = (n: number) => n.toLocaleString('en');

export function SeedNotices(props: SeedNoticesProps) {
  const { graph, missing, lists, citations, failures } = props;
  // A seed's list cut short by the shared cap (not by the API's own limit) can grow.
  const capped = citations.some(
    (list) => list?.complete === true && list.truncated && list.next !== null,
  );
  const titleOf = (id: string) => {
    const node =
      id === graph?.centre.id ? graph.centre : graph?.nodes.find((n) => n.key === id)?.paper;
    return node ? paperTitle(node) : 'a seed';
  };
  return (
    <>
      {missing.length > 0 && (
        <p className="notice" role="note">
          {missing.length === 1 ? '1 seed is' : `${format(missing.length)} seeds are`} not in
          Semantic Scholar and not drawn: {missing.join(', ')}.
        </p>
      )}
      {lists.loading && (
        <p className={classNames(progress.progress, 'muted')} aria-live="polite">
          Loading the seeds’ lists: {format(lists.done)} of {format(lists.total)} in…
        </p>
      )}
      {!lists.loading && capped && (
        <div className={progress.progress}>
          <span>Some seeds have more citations than are loaded.</span>
          <button type="button" onClick={props.onLoadMore}>
            Load more citations
          </button>
        </div>
      )}
      {failures.map((failure) => (
        <ErrorNotice
          key={`${failure.id}:${failure.direction}`}
          title={`Could not load the ${failure.direction} of “${titleOf(failure.id)}”`}
          error={failure.error}
          onRetry={failure.retry}
        />
      ))}
    </>
  );
}
