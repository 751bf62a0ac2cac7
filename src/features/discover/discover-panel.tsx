import type { ReactNode } from 'react';
import styles from './discover.module.css';

interface DiscoverPanelProps {
  /**
   * What finding the lists costs before it is spent, e.g. "2 requests for 340 papers" (derivative
   * works and similar papers cost nothing more: they read the same lists).
   */
  readonly cost: string;
  /** Null until the reader asks: nothing is fetched before. */
  readonly onStart: (() => void) | null;
  readonly busy: boolean;
  /** The lists, once their data is in. */
  readonly children: ReactNode;
}

/** Papers that matter beyond the direct neighbours, each list computed in the browser. */
export function DiscoverPanel({ cost, onStart, busy, children }: DiscoverPanelProps) {
  return (
    <section className={styles.panel} aria-labelledby="discover-heading">
      <h2 id="discover-heading">Discover</h2>
      <p className={styles.cost}>Prior works, similar papers and derivative works: {cost}</p>
      {onStart && (
        <button type="button" className="primary" onClick={onStart} disabled={busy}>
          {busy ? 'Finding…' : 'Find them'}
        </button>
      )}
      {children}
    </section>
  );
}
