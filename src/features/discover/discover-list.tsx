import styles from './discover.module.css';

/** One ranked paper with why it is there, in words and numbers. */
export interface DiscoverRow {
  readonly id: string;
  readonly title: string;
  readonly year: number | null;
  /** E.g. "cited by 120 papers here" or "shares 40 of its references · co-cited by 3 papers". */
  readonly why: string;
}

interface DiscoverListProps {
  readonly list: 'prior-works' | 'similar' | 'recommended';
  readonly heading: string;
  readonly rows: readonly DiscoverRow[];
  /** Said when the list is empty, e.g. "No paper outside the graph is cited twice here". */
  readonly empty: string;
  readonly onSelect: (id: string) => void;
  readonly onMakeCentre: (id: string) => void;
  /** Papers that are not drawn cannot be selected on the graph. */
  readonly inGraph: (id: string) => boolean;
  /** Recommendations only: leave this one out and ask again with it as a negative example. */
  readonly onNotRelevant?: (id: string) => void;
}

/** A ranked list, in rank order, each row with its reason and its actions. */
export function DiscoverList(props: DiscoverListProps) {
  const { list, heading, rows, empty, onSelect, onMakeCentre, inGraph, onNotRelevant } = props;
  const headingId = `discover-${list}`;
  return (
    <section className={styles.list} aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ol data-list={list}>
          {rows.map((row) => (
            <li key={row.id} data-paper-id={row.id} className={styles.row}>
              <span className={styles.title}>
                {row.title}
                {row.year !== null && <span className="muted"> · {row.year}</span>}
              </span>
              <span className={styles.why}>{row.why}</span>
              <span className={styles.actions}>
                {inGraph(row.id) && (
                  <button type="button" onClick={() => onSelect(row.id)}>
                    Select
                  </button>
                )}
                <button type="button" onClick={() => onMakeCentre(row.id)}>
                  Make centre
                </button>
                {onNotRelevant && (
                  <button type="button" onClick={() => onNotRelevant(row.id)}>
                    Not relevant
                  </button>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
