// The papers whose titles match a search, a page at a time: a heading that names the query, how
// many matched, a list to open any of them from, and the next page on request. A failure to load
// the next page keeps the pages already shown.
import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef } from 'react';
import type { Paper } from '../../domain/paper';
import { useS2Client } from '../../queries/s2-client-context';
import { ErrorNotice } from '../../ui/error-notice';
import { formatCount } from '../../ui/format';
import { ResultList } from './result-list';
import { RESULTS_PAGE, RESULTS_REACHABLE, searchResultsQueryOptions } from './search-results-query';
import styles from './search-results.module.css';

interface SearchResultsProps {
  /** The title searched for. */
  readonly query: string;
  /** Called with the paper's Semantic Scholar id when a result is chosen. */
  readonly onOpen: (paperId: string) => void;
}

/** Pages fetched at different moments may overlap when the ranking shifts in between. */
function uniqueById(papers: readonly Paper[]): readonly Paper[] {
  const seen = new Set<string>();
  return papers.filter((paper) => !seen.has(paper.id) && seen.add(paper.id));
}

const papersWord = (count: number) => (count === 1 ? 'paper' : 'papers');

export function SearchResults({ query, onOpen }: SearchResultsProps) {
  const client = useS2Client();
  const results = useInfiniteQuery(searchResultsQueryOptions(client, query));
  const headingId = useId();
  const papers = useMemo(
    () => uniqueById(results.data?.pages.flatMap((page) => page.papers) ?? []),
    [results.data],
  );
  // After "Show more", focus goes to the first new paper, so a keyboard user reads on from there.
  const listRef = useRef<HTMLOListElement>(null);
  const firstNew = useRef<{ readonly query: string; readonly index: number } | null>(null);
  useEffect(() => {
    const pending = firstNew.current;
    // A new search while a page was loading must not steal focus.
    if (pending?.query !== query || papers.length <= pending.index) return;
    firstNew.current = null;
    listRef.current?.querySelectorAll('button')[pending.index]?.focus();
  }, [papers.length, query]);

  if (results.data === undefined) {
    return results.isError ? (
      <ErrorNotice
        title="The search failed"
        error={results.error}
        onRetry={() => void results.refetch()}
      />
    ) : (
      <p role="status">
        Searching Semantic Scholar for “<bdi>{query}</bdi>”…
      </p>
    );
  }

  const total = Math.max(results.data.pages[0]?.total ?? 0, papers.length);
  const shown = papers.length;
  const more = Math.min(RESULTS_PAGE, total - shown, RESULTS_REACHABLE - shown);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>
        Papers matching “<bdi>{query}</bdi>”
      </h2>
      {shown === 0 ? (
        <div role="status">
          <p>
            No paper on Semantic Scholar has a title matching “<bdi>{query}</bdi>”.
          </p>
          <p>
            Check the spelling, try fewer or other words from the title, or paste the paper’s DOI,
            arXiv id or a link to it instead.
          </p>
        </div>
      ) : (
        <>
          <p role="status">
            {shown === total
              ? `${formatCount(total)} ${papersWord(total)} found`
              : `Showing ${formatCount(shown)} of ${formatCount(total)} papers found`}
          </p>
          <ResultList papers={papers} onOpen={onOpen} listRef={listRef} />
          <div className={styles.more}>
            {results.hasNextPage && (
              <button
                type="button"
                // Not `disabled`: that would drop the keyboard focus while the page loads.
                aria-disabled={results.isFetchingNextPage}
                onClick={() => {
                  if (results.isFetchingNextPage) return;
                  firstNew.current = { query, index: shown };
                  void results.fetchNextPage();
                }}
              >
                {results.isFetchingNextPage
                  ? 'Loading…'
                  : // The API's total is an estimate: past it, offer more without a number.
                    `Show ${more > 0 ? `${formatCount(more)} ` : ''}more`}
              </button>
            )}
            {shown >= RESULTS_REACHABLE && total > shown && (
              <p>
                Semantic Scholar ranks only the first {formatCount(RESULTS_REACHABLE)} matches. Add
                words from the title to narrow the search.
              </p>
            )}
          </div>
          {results.isFetchNextPageError && (
            <ErrorNotice
              title="Could not load more papers"
              error={results.error}
              onRetry={() => void results.fetchNextPage()}
            />
          )}
        </>
      )}
    </section>
  );
}
