// A collection's seeds, folded away until asked for (a collection may hold fifty). Removing one
// moves focus to the next seed's Remove button, or to the list's summary after the last.
import { useEffect, useRef } from 'react';
import type { Collection } from '../../domain/collection';
import type { PaperId } from '../../domain/paper';
import styles from './collections-panel.module.css';

interface SeedListProps {
  readonly collection: Collection;
  readonly paperTitle: (id: PaperId) => string | null;
  readonly onRemoveSeed: (id: string, seed: PaperId) => void;
}

export function SeedList({ collection, paperTitle, onRemoveSeed }: SeedListProps) {
  const { seeds, name } = collection;
  const list = useRef<HTMLUListElement>(null);
  const summary = useRef<HTMLElement>(null);
  const focusAfterRemoval = useRef<number | null>(null);

  useEffect(() => {
    const index = focusAfterRemoval.current;
    if (index === null) return;
    focusAfterRemoval.current = null;
    const buttons = list.current?.querySelectorAll('button') ?? [];
    const next = buttons[Math.min(index, buttons.length - 1)];
    (next ?? summary.current)?.focus();
  }, [seeds]);

  return (
    <details className={styles.seeds}>
      <summary ref={summary}>{`Seeds (${seeds.length})`}</summary>
      {seeds.length === 0 ? (
        <p className="muted">No seeds yet.</p>
      ) : (
        <ul ref={list} data-list="seeds" className={styles.seedList}>
          {seeds.map((seed, index) => {
            const title = paperTitle(seed);
            return (
              <li key={seed} data-paper-id={seed} className={styles.seed}>
                <span className={styles.seedTitle}>
                  {title ?? (
                    <span className="muted">{`Paper ${seed.slice(0, 8)}… (not loaded)`}</span>
                  )}
                </span>
                <button
                  type="button"
                  aria-label={`Remove “${title ?? seed}” from “${name}”`}
                  onClick={() => {
                    focusAfterRemoval.current = index;
                    onRemoveSeed(collection.id, seed);
                  }}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </details>
  );
}
