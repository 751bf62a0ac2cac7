// The collections kept in this browser, each with its actions. Presentational: the app owns the
// collections (storage, edits, opening, exports) and passes them in with callbacks.
import { useId } from 'react';
import type { Collection } from '../../domain/collection';
import { CollectionCard, type CollectionActions } from './collection-card';
import styles from './collections-panel.module.css';
import { countOf } from './collections-types';

export interface CollectionsPanelProps extends CollectionActions {
  readonly collections: readonly Collection[];
  /** The collection whose seeds are shown now, if any. */
  readonly activeId: string | null;
  /** Keys of stored entries that could not be read. */
  readonly unreadable: readonly string[];
}

export function CollectionsPanel(props: CollectionsPanelProps) {
  const { collections, activeId, unreadable, ...actions } = props;
  const headingId = useId();
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        Collections
      </h2>
      {unreadable.length > 0 && (
        <p className="notice notice-error" role="alert" data-unreadable={unreadable.length}>
          {`${countOf(unreadable.length, 'saved collection', 'saved collections')} could not be read and ${
            unreadable.length === 1 ? 'is' : 'are'
          } not shown; ${unreadable.length === 1 ? 'it stays' : 'they stay'} in this browser untouched.`}
        </p>
      )}
      {collections.length === 0 ? (
        <p className="muted">
          No collections yet. Import a .bib or RIS file, or add papers with “Add to collection”.
        </p>
      ) : (
        <ul className={styles.list}>
          {collections.map((collection) => (
            <li key={collection.id}>
              <CollectionCard
                collection={collection}
                active={collection.id === activeId}
                {...actions}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
