import type { ReactNode } from 'react';
import styles from './discover.module.css';

/** One ranked paper with why it is there, in words and numbers. */
export interface DiscoverRow {
  readonly id: string;
  readonly title: string;
  readonly year: number | null;
  /** E.g. "cited by 120 papers here" or "shares 40 of its references · co-cited by 3 papers". */
  readonly why: string;
}

/** What a reader can do with a ranked paper; the optional ones only where they apply. */
export interface DiscoverActions {
  readonly onSelect: (id: string) => void;
  readonly onMakeCentre: (id: string) => void;
  /** Papers that are not drawn cannot be selected, expanded or collapsed on the graph. */
  readonly inGraph: (id: string) => boolean;
  /** Recommendations only: leave this one out and ask again with it as a negative example. */
  readonly onNotRelevant?: ((id: string) => void) | undefined;
  /**
   * Adds a paper's references and citations to the graph (a paper not drawn joins it with them),
   * or takes them away again.
   */
  readonly onExpand?: ((id: string) => void) | undefined;
  readonly isExpanded?: ((id: string) => boolean) | undefined;
  /** More actions on a row (e.g. "Add to collection"), composed by the app. */
  readonly more?: ((row: DiscoverRow) => ReactNode) | undefined;
}

export function DiscoverRowItem({ row, actions }: { row: DiscoverRow; actions: DiscoverActions }) {
  const { onSelect, onMakeCentre, inGraph, onNotRelevant, onExpand, isExpanded } = actions;
  const drawn = inGraph(row.id);
  return (
    <li data-paper-id={row.id} className={styles.row}>
      <span className={styles.title}>
        {row.title}
        {row.year !== null && <span className="muted"> · {row.year}</span>}
      </span>
      <span className={styles.why}>{row.why}</span>
      <span className={styles.actions}>
        {drawn && (
          <button type="button" onClick={() => onSelect(row.id)}>
            Select
          </button>
        )}
        <button type="button" onClick={() => onMakeCentre(row.id)}>
          Make centre
        </button>
        {onExpand && (
          <button type="button" onClick={() => onExpand(row.id)}>
            {isExpanded?.(row.id) ? 'Collapse' : 'Expand'}
          </button>
        )}
        {onNotRelevant && (
          <button type="button" onClick={() => onNotRelevant(row.id)}>
            Not relevant
          </button>
        )}
        {actions.more?.(row)}
      </span>
    </li>
  );
}
