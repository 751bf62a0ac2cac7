// Deleting a collection asks first, in a modal dialog (the browser's own <dialog>: it traps
// focus, closes on Escape and gives focus back to the button). Cancel is focused first, so a
// stray Enter keeps the collection.
import { useId, useRef } from 'react';
import type { Collection } from '../../domain/collection';
import styles from './collections-panel.module.css';
import { countOf } from './collections-types';

interface DeleteCollectionProps {
  readonly collection: Collection;
  readonly onDelete: (id: string) => void;
}

export function DeleteCollection({ collection, onDelete }: DeleteCollectionProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const textId = useId();
  const { name, seeds } = collection;
  const what =
    seeds.length === 0
      ? 'Its log is removed from this browser.'
      : `Its ${countOf(seeds.length, 'seed', 'seeds')} and log are removed from this browser.`;

  const close = () => dialog.current?.close();
  return (
    <>
      <button
        type="button"
        aria-label={`Delete “${name}”`}
        onClick={() => {
          dialog.current?.showModal();
          cancel.current?.focus();
        }}
      >
        Delete
      </button>
      <dialog
        ref={dialog}
        className={styles.dialog}
        aria-labelledby={titleId}
        aria-describedby={textId}
      >
        <p id={textId}>
          <strong id={titleId}>{`Delete “${name}”?`}</strong> {what}
        </p>
        <div className="notice-actions">
          <button
            type="button"
            className={styles.danger}
            onClick={() => {
              close();
              onDelete(collection.id);
            }}
          >
            Delete
          </button>
          <button type="button" ref={cancel} onClick={close}>
            Cancel
          </button>
        </div>
      </dialog>
    </>
  );
}
