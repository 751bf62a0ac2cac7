// The inline field that renames a collection. The name is checked by the domain's own rule and
// its message shown beside the field; Escape or Cancel leaves the name as it was.
import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { collectionName, CollectionNameError } from '../../domain/collection';
import styles from './collections-panel.module.css';

interface RenameCollectionProps {
  readonly name: string;
  readonly onSave: (name: string) => void;
  readonly onDone: () => void;
}

export function RenameCollection({ name, onSave, onDone }: RenameCollectionProps) {
  const [draft, setDraft] = useState(name);
  const [problem, setProblem] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const problemId = useId();

  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);

  const save = (event: SyntheticEvent) => {
    event.preventDefault();
    let clean: string;
    try {
      clean = collectionName(draft);
    } catch (error) {
      if (!(error instanceof CollectionNameError)) throw error;
      setProblem(error.message);
      field.current?.focus();
      return;
    }
    if (clean !== name) onSave(clean);
    onDone();
  };

  return (
    <form className={styles.rename} onSubmit={save} noValidate>
      <label className="field">
        {`New name for “${name}”`}
        <input
          ref={field}
          value={draft}
          aria-invalid={problem !== null}
          aria-describedby={problem ? problemId : undefined}
          onChange={(e) => {
            setProblem(null);
            setDraft(e.target.value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              onDone();
            }
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
          Save
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
