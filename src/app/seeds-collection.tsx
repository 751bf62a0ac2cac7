// Whether the seeds on screen are a collection: a link to a kept collection works in it (its log,
// its edits); seeds from a shared link or typed by hand can be saved as one.
import { useEffect, useId, useState } from 'react';
import { collectionName, CollectionNameError } from '../domain/collection';
import type { PaperId } from '../domain/paper';
import { useLibraryActions } from './library-context';
import styles from './seeds-collection.module.css';
import { useSession } from './session-context';

const sameSeeds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

export function SeedsCollection({
  seeds,
  name,
}: {
  readonly seeds: readonly PaperId[];
  readonly name: string | null;
}) {
  const library = useLibraryActions();
  const setActive = useSession((state) => state.setActiveCollection);
  const kept = library?.collections.find((entry) => sameSeeds(entry.seeds, seeds));
  const fieldId = useId();
  const [draft, setDraft] = useState(name ?? `Seeds of ${new Date().toISOString().slice(0, 10)}`);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (kept && library?.active !== kept.id) setActive(kept.id);
  }, [kept, library?.active, setActive]);
  if (!library || kept) return null;
  return (
    <form
      className={styles.bar}
      aria-label="Save these seeds"
      onSubmit={(event) => {
        event.preventDefault();
        try {
          void library.save(collectionName(draft), seeds);
        } catch (error) {
          if (!(error instanceof CollectionNameError)) throw error;
          setProblem(error.message);
        }
      }}
    >
      <label htmlFor={fieldId}>
        These {seeds.length} seeds are not a collection yet. Keep them as
      </label>
      <input id={fieldId} value={draft} onChange={(event) => setDraft(event.target.value)} />
      <button type="submit">Save as collection</button>
      {problem && <span role="alert"> {problem}</span>}
    </form>
  );
}
