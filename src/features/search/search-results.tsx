import { useQuery } from '@tanstack/react-query';
import { searchQueryOptions } from '../../queries/paper-queries';
import { useS2Client } from '../../queries/s2-client-context';
import { ErrorNotice } from '../../ui/error-notice';
import { formatAuthors, formatCount, paperTitle } from '../../ui/format';

interface SearchResultsProps {
  readonly query: string;
  readonly onOpen: (paperId: string) => void;
}

export function SearchResults({ query, onOpen }: SearchResultsProps) {
  const client = useS2Client();
  const results = useQuery(searchQueryOptions(client, query));

  if (results.isPending) {
    return <p role="status">Searching Semantic Scholar for “{query}”…</p>;
  }
  if (results.isError) {
    return (
      <ErrorNotice
        title="The search failed"
        error={results.error}
        onRetry={() => void results.refetch()}
      />
    );
  }
  const { papers, total } = results.data;
  return (
    <section className="search-results" aria-labelledby="search-results-heading">
      <h2 id="search-results-heading">Papers matching “{query}”</h2>
      <p role="status">
        {total === 0
          ? 'No paper matches this title. Check the spelling, or paste a DOI or arXiv id.'
          : `${formatCount(papers.length)} of ${formatCount(total)} matches`}
      </p>
      <ol>
        {papers.map((paper) => (
          <li key={paper.id}>
            <button type="button" className="link-button" onClick={() => onOpen(paper.id)}>
              {paperTitle(paper)}
            </button>
            <span className="muted">
              {' '}
              {formatAuthors(paper.authors)} · {paper.year ?? 'year unknown'} ·{' '}
              {formatCount(paper.citationCount)} citations
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
