import { useEffect, useRef } from 'react';
import { DiscoverRowItem, type DiscoverActions, type DiscoverRow } from './discover-row';
import styles from './discover.module.css';

export type { DiscoverRow } from './discover-row';

/** Rows a list shows at first, and how many more each "Show more" reveals. */
export const DISCOVER_PAGE = 20;

export type DiscoverListName = 'prior-works' | 'similar' | 'derivative-works' | 'recommended';

interface DiscoverListProps extends DiscoverActions {
  readonly list: DiscoverListName;
  readonly heading: string;
  /** Every ranked row, in rank order; only the first `shown` are on screen. */
  readonly rows: readonly DiscoverRow[];
  readonly shown: number;
  readonly onShowMore: () => void;
  /** What showing more costs, when it costs anything, e.g. "1 request". */
  readonly moreCost?: string;
  /** Said when the list is empty, e.g. "No paper outside the graph is cited twice here". */
  readonly empty: string;
}

/** A ranked list, in rank order, each row with its reason and its actions; more on demand. */
export function DiscoverList(props: DiscoverListProps) {
  const { list, heading, rows, shown, onShowMore, moreCost, empty } = props;
  const headingId = `discover-${list}`;
  const visible = rows.slice(0, shown);
  const more = Math.min(DISCOVER_PAGE, rows.length - visible.length);
  // After "Show more", focus goes to the first new row, so a keyboard user reads on from there.
  const listRef = useRef<HTMLOListElement>(null);
  const firstNew = useRef<number | null>(null);
  useEffect(() => {
    const index = firstNew.current;
    if (index === null || visible.length <= index) return;
    firstNew.current = null;
    listRef.current?.children[index]?.querySelector('button')?.focus();
  }, [visible.length]);

  return (
    <section className={styles.list} aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <>
          <ol data-list={list} ref={listRef}>
            {visible.map((row) => (
              <DiscoverRowItem key={row.id} row={row} actions={props} />
            ))}
          </ol>
          {more > 0 && (
            <p className={styles.more}>
              <button
                type="button"
                onClick={() => {
                  firstNew.current = visible.length;
                  onShowMore();
                }}
              >
                Show {more} more{moreCost ? ` (${moreCost})` : ''}
              </button>{' '}
              <span className="muted">
                {visible.length} of {rows.length} shown
              </span>
            </p>
          )}
        </>
      )}
    </section>
  );
}
