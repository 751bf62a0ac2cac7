// The name of a new collection, asked in a small modal dialog (the browser's <dialog>). The name
// is checked by the domain's rule and its message shown beside the field.
import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { collectionName, CollectionNameError } from '../../domain/collection';
import styles from './add-to-collection.module.css';

interface NewCollectionDialogProps {
  readonly open: boolean;
  /** The paper that goes in first, named in the dialog. */
  readonly paperTitle: string | null;
  readonly onCreate: (name: string) => void;
  readonly onClose: () => void;
}

export function NewCollectionDialog({
  open,
  paperTitle,
  onCreate,
  onClose,
}: NewCollectionDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const titleId = useId();
  const problemId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      setDraft('');
      setProblem(null);
      element.showModal();
      field.current?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  const create = (event: SyntheticEvent) => {
    event.preventDefault();
    try {
      onCreate(collectionName(draft));
    } catch (error) {
      if (!(error instanceof CollectionNameError)) throw error;
      setProblem(error.message);
      field.current?.focus();
      return;
    }
    onClose();
  };

  return (
    // Escape closes the dialog by itself; `onClose` tells the owner.
    <dialog ref={dialog} className={styles.dialog} aria-labelledby={titleId} onClose={onClose}>
      <form onSubmit={create} noValidate>
        <h2 id={titleId} className={styles.title}>
          New collection
        </h2>
        <p className="muted">
          {paperTitle ? `It starts with “${paperTitle}”.` : 'It starts with this paper.'}
        </p>
        <label className="field">
          Name
          <input
            ref={field}
            value={draft}
            aria-invalid={problem !== null}
            aria-describedby={problem ? problemId : undefined}
            onChange={(e) => {
              setProblem(null);
              setDraft(e.target.value);
            }}
          />
        </label>
        {problem && (
          <p id={problemId} role="alert" className={styles.problem}>
            {problem}
          </p>
        )}
        <div className="notice-actions">
          <button type="submit" className="primary">
            Create
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
