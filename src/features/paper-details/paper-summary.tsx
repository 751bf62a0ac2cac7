import type { ReactNode } from 'react';
import type { AnyPaper } from '../../domain/paper';
import { formatAuthors, formatCount, paperTitle } from '../../ui/format';
import styles from './paper-details.module.css';
import { paperLinks } from './paper-links';

interface PaperSummaryProps {
  readonly paper: AnyPaper;
  readonly headingLevel?: 1 | 2;
  /** Shown after the counts, before the long texts (how the paper and the centre cite). */
  readonly children?: ReactNode;
}

/**
 * Everything S2 told us about one paper. All API text is rendered as text, never as HTML. The
 * links come before the long texts, so they are in view without scrolling past an abstract.
 */
export function PaperSummary({ paper, headingLevel = 2, children }: PaperSummaryProps) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const venue = paper.venue ?? paper.journal?.name ?? null;
  return (
    <article className={styles.summary} aria-label={paperTitle(paper)}>
      <Heading className={styles.title}>{paperTitle(paper)}</Heading>
      <p className={styles.authors}>{formatAuthors(paper.authors, 8)}</p>
      <p className={styles.meta}>
        {[venue, paper.year ?? 'year unknown'].filter((part) => part !== null).join(' · ')}
      </p>
      <ul className={styles.links} aria-label="Links">
        {paperLinks(paper).map((link) => (
          <li key={link.label}>
            <a href={link.href} target="_blank" rel="noreferrer noopener">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
      <dl className={styles.counts}>
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
      {children}
      {paper.tldr && (
        <p>
          <strong>TL;DR </strong>
          {paper.tldr}
        </p>
      )}
      {paper.abstract && <p>{paper.abstract}</p>}
      {paper.fieldsOfStudy.length > 0 && <p>{paper.fieldsOfStudy.join(', ')}</p>}
    </article>
  );
}
