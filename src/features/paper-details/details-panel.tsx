import type { ReactNode } from 'react';
import type { AnyPaper } from '../../domain/paper';
import styles from './paper-details.module.css';
import { PaperSummary } from './paper-summary';

interface DetailsPanelProps {
  readonly paper: AnyPaper;
  readonly isCentre: boolean;
  readonly onMakeCentre: (paperId: string) => void;
  readonly onClose: () => void;
  /** How the paper and the centre cite each other (composed by the app). */
  readonly children?: ReactNode;
}

/** The selected paper in full, with the one action that moves the graph: make it the centre. */
export function DetailsPanel(props: DetailsPanelProps) {
  const { paper, isCentre, onMakeCentre, onClose, children } = props;
  const id = paper.id;
  return (
    <section className={styles.panel} aria-label="Paper details">
      <div className={styles.actions}>
        {!isCentre && id !== null && (
          <button type="button" className="primary" onClick={() => onMakeCentre(id)}>
            Make centre
          </button>
        )}
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
