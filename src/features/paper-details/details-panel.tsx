import type { ReactNode } from 'react';
import type { AnyPaper } from '../../domain/paper';
import styles from './paper-details.module.css';
import { PaperSummary } from './paper-summary';

interface DetailsPanelProps {
  readonly paper: AnyPaper;
  readonly isCentre: boolean;
  readonly onMakeCentre: (paperId: string) => void;
  readonly onClose: () => void;
  /** Growing the graph from this paper; absent where the graph cannot grow (a snapshot). */
  readonly expansion?: {
    readonly expanded: boolean;
    /** Its lists are still arriving. */
    readonly busy: boolean;
    readonly onToggle: (paperId: string) => void;
  };
  /** How the paper and the centre cite each other (composed by the app). */
  /** More actions on the paper (e.g. "Add to collection"), composed by the app. */
  readonly actions?: ReactNode;
  readonly children?: ReactNode;
}

/**
 * The selected paper in full, with the actions that move the graph: make it the centre, or
 * expand it in place (its own references and citations join the graph around it).
 */
export function DetailsPanel(props: DetailsPanelProps) {
  const { paper, isCentre, onMakeCentre, onClose, expansion, children } = props;
  const id = paper.id;
  return (
    <section className={styles.panel} aria-label="Paper details">
      <div className={styles.actions}>
        {!isCentre && id !== null && (
          <button type="button" className="primary" onClick={() => onMakeCentre(id)}>
            Make centre
          </button>
        )}
        {!isCentre && id !== null && expansion && (
          <button type="button" onClick={() => expansion.onToggle(id)}>
            {expansion.expanded ? 'Collapse' : 'Expand'}
          </button>
        )}
        {props.actions}
        {expansion?.busy && <span className="muted">Adding its references and citations…</span>}
        {!isCentre && (
          <button type="button" onClick={onClose} aria-label="Close details">
            Close
          </button>
        )}
      </div>
      <PaperSummary paper={paper}>{children}</PaperSummary>
    </section>
  );
}
