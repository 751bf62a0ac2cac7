import type { Ref } from 'react';
import type { Paper } from '../../domain/paper';
import { classNames } from '../../ui/class-names';
import { formatAuthors, formatCount, paperTitle } from '../../ui/format';
import styles from './search-results.module.css';

interface ResultListProps {
  readonly papers: readonly Paper[];
  readonly onOpen: (paperId: string) => void;
  readonly listRef: Ref<HTMLOListElement>;
}

const citations = (count: number | null) =>
  `${formatCount(count)} ${count === 1 ? 'citation' : 'citations'}`;

/** One button per paper, in rank order: Tab walks the list, Enter or a click opens a paper. */
export function ResultList({ papers, onOpen, listRef }: ResultListProps) {
  return (
    <ol ref={listRef} className={styles.list}>
      {papers.map((paper) => (
        <li key={paper.id} className={styles.row} data-paper-id={paper.id}>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              onOpen(paper.id);
            }}
          >
            <bdi>{paperTitle(paper)}</bdi>
          </button>
          <span className={classNames('muted', styles.meta)}>
            {formatAuthors(paper.authors)} · {paper.year ?? 'year unknown'} ·{' '}
            {citations(paper.citationCount)}
          </span>
        </li>
      ))}
    </ol>
  );
}
