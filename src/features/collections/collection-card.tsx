// One collection in the panel: what it is, what can be done with it, its seeds and what is new.
import { useEffect, useId, useRef, useState } from 'react';
import type { Collection } from '../../domain/collection';
import type { PaperId } from '../../domain/paper';
import { CollectionExportMenu } from './collection-export-menu';
import styles from './collections-panel.module.css';
import {
  calendarDay,
  countOf,
  type CollectionFormat,
  type WhatsNewControls,
} from './collections-types';
import { CopyLink } from './copy-link';
import { DeleteCollection } from './delete-collection';
import { RenameCollection } from './rename-collection';
import { SeedList } from './seed-list';
import { WhatsNew } from './whats-new';

export interface CollectionActions {
  readonly paperTitle: (id: PaperId) => string | null;
  readonly onOpen: (collection: Collection) => void;
  readonly onRename: (id: string, name: string) => void;
  readonly onDelete: (id: string) => void;
  readonly onRemoveSeed: (id: string, seed: PaperId) => void;
  readonly onExport: (collection: Collection, format: CollectionFormat) => Promise<string>;
  readonly shareUrl: (collection: Collection) => string;
  readonly whatsNew?: WhatsNewControls;
}

interface CollectionCardProps extends CollectionActions {
  readonly collection: Collection;
  readonly active: boolean;
}

export function CollectionCard(props: CollectionCardProps) {
  const { collection, active, onOpen, onRename, whatsNew } = props;
  const { name, seeds } = collection;
  const [renaming, setRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const wasRenaming = useRef(false);
  const nameId = useId();

  // Back to the Rename button when the field closes, as a dialog gives focus back.
  useEffect(() => {
    if (wasRenaming.current && !renaming) renameButton.current?.focus();
    wasRenaming.current = renaming;
  }, [renaming]);

  return (
    <article
      className={styles.card}
      data-collection-id={collection.id}
      aria-labelledby={nameId}
      aria-current={active ? 'true' : undefined}
    >
      <h3 id={nameId} className={styles.name}>
        {name}
      </h3>
      <p className={styles.facts}>
        {countOf(seeds.length, 'seed', 'seeds')} · updated{' '}
        <time dateTime={collection.updatedAt}>{calendarDay(collection.updatedAt)}</time>
        {active && ' · open now'}
      </p>
      {renaming ? (
        <RenameCollection
          name={name}
          onSave={(next) => onRename(collection.id, next)}
          onDone={() => setRenaming(false)}
        />
      ) : (
        <div className={styles.actions}>
          <button
            type="button"
            className="primary"
            aria-label={`Open “${name}”`}
            disabled={seeds.length === 0}
            onClick={() => onOpen(collection)}
          >
            Open
          </button>
          <button
            type="button"
            ref={renameButton}
            aria-label={`Rename “${name}”`}
            onClick={() => setRenaming(true)}
          >
            Rename
          </button>
          <CollectionExportMenu collection={collection} onExport={props.onExport} />
          <CopyLink collection={collection} shareUrl={props.shareUrl} />
          <DeleteCollection collection={collection} onDelete={props.onDelete} />
        </div>
      )}
      <SeedList
        collection={collection}
        paperTitle={props.paperTitle}
        onRemoveSeed={props.onRemoveSeed}
      />
      {whatsNew && <WhatsNew collection={collection} controls={whatsNew} />}
    </article>
  );
}
