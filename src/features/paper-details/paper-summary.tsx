import type { AnyPaper } from '../../domain/paper';
import { formatAuthors, formatCount, paperTitle } from '../../ui/format';
import { paperLinks } from './paper-links';

interface PaperSummaryProps {
  readonly paper: AnyPaper;
  readonly headingLevel?: 1 | 2;
}

/** Everything S2 told us about one paper. All API text is rendered as text, never as HTML. */
export function PaperSummary({ paper, headingLevel = 2 }: PaperSummaryProps) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const venue = paper.venue ?? paper.journal?.name ?? null;
  return (
    <article className="paper-summary" aria-label={paperTitle(paper)}>
      <Heading className="paper-title">{paperTitle(paper)}</Heading>
      <p className="paper-authors">{formatAuthors(paper.authors, 8)}</p>
      <p className="paper-meta">
        {[venue, paper.year ?? 'year unknown'].filter((part) => part !== null).join(' · ')}
      </p>
      <dl className="paper-counts">
        <div>
          <dt>Citations</dt>
          <dd>{formatCount(paper.citationCount)}</dd>
        </div>
        <div>
          <dt>References</dt>
          <dd>{formatCount(paper.referenceCount)}</dd>
        </div>
        <div>
          <dt>Influential citations</dt>
          <dd>{formatCount(paper.influentialCitationCount)}</dd>
        </div>
      </dl>
      {paper.id === null && <p className="muted">Not in Semantic Scholar.</p>}
      {paper.tldr && (
        <p className="paper-tldr">
          <strong>TL;DR </strong>
          {paper.tldr}
        </p>
      )}
      {paper.abstract && <p className="paper-abstract">{paper.abstract}</p>}
      {paper.fieldsOfStudy.length > 0 && (
        <p className="paper-fields">{paper.fieldsOfStudy.join(', ')}</p>
      )}
      <ul className="paper-links">
        {paperLinks(paper).map((link) => (
          <li key={link.label}>
            <a href={link.href} target="_blank" rel="noreferrer noopener">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </article>
  );
}
