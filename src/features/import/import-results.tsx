// The outcome of an import and what to do with it: the summary, every entry's row, the title
// matches to confirm, the collection's name (checked by the collection model's own rule) and
// the button that opens the seeds.
import { useId, useMemo, useRef, useState } from 'react';
import { CollectionNameError, collectionName } from '../../domain/collection';
import type { Paper } from '../../domain/paper';
import { chooseSeeds, outcomeSummary, titleMatchPositions, type OutcomeRow } from './import-rows';
import { OutcomeList } from './outcome-list';
import styles from './import-dialog.module.css';

interface ImportResultsProps {
  readonly rows: readonly OutcomeRow[];
  /** While the entries are being looked up, nothing can be opened yet. */
  readonly resolving: boolean;
  readonly name: string;
  readonly onNameChange: (name: string) => void;
  readonly onAccept: (name: string, seeds: readonly Paper[]) => void;
}

function nameProblem(name: string): string | null {
  try {
    collectionName(name);
    return null;
  } catch (error) {
    if (error instanceof CollectionNameError) return error.message;
    throw error;
  }
}

export function ImportResults(props: ImportResultsProps) {
  const { rows, resolving, name, onNameChange, onAccept } = props;
  const [confirmed, setConfirmed] = useState<ReadonlySet<number>>(() => new Set());
  const seeds = useMemo(() => chooseSeeds(rows, confirmed), [rows, confirmed]);
  const matches = titleMatchPositions(rows);
  const unconfirmed = matches.filter((position) => !confirmed.has(position));
  const problem = nameProblem(name);
  // In a library of hundreds, the few entries that need a look are easy to lose among the found.
  const [onlyToCheck, setOnlyToCheck] = useState(false);
  const toCheck = useMemo(() => rows.filter((row) => row.kind !== 'found'), [rows]);
  const shown = onlyToCheck && toCheck.length > 0 ? toCheck : rows;
  const problemId = useId();
  const nameField = useRef<HTMLInputElement>(null);

  const confirm = (position: number, use: boolean) => {
    setConfirmed((before) => {
      const next = new Set(before);
      if (use) next.add(position);
      else next.delete(position);
      return next;
    });
  };

  const accept = () => {
    if (problem !== null) {
      nameField.current?.focus();
      return;
    }
    onAccept(collectionName(name), seeds);
  };

  const n = seeds.length;
  return (
    <section className={styles.results} aria-label="Import outcomes">
      <p className={styles.summary} data-summary="import">
        {outcomeSummary(rows)}
      </p>
      {unconfirmed.length > 0 && (
        <div className={styles.matches}>
          <p className="muted">
            Papers found by title alone may be a different paper: check each match, then tick “Use
            this match”.
          </p>
          <button type="button" onClick={() => setConfirmed(new Set(matches))}>
            Use all title matches
          </button>
        </div>
      )}
      {toCheck.length > 0 && toCheck.length < rows.length && (
        <label className={styles.onlyToCheck}>
          <input
            type="checkbox"
            checked={onlyToCheck}
            onChange={(event) => setOnlyToCheck(event.currentTarget.checked)}
          />
          Only the {toCheck.length} {toCheck.length === 1 ? 'entry' : 'entries'} not simply found
        </label>
      )}
      <div
        className={styles.scroller}
        role="region"
        aria-label="Entries"
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a long list scrolls from the keyboard too
        tabIndex={0}
      >
        <OutcomeList rows={shown} confirmed={confirmed} onConfirm={confirm} />
      </div>
      <label className="field">
        Collection name
        <input
          ref={nameField}
          type="text"
          value={name}
          aria-invalid={problem !== null}
          aria-describedby={problem === null ? undefined : problemId}
          onChange={(event) => onNameChange(event.currentTarget.value)}
        />
      </label>
      {problem !== null && (
        <p id={problemId} className={styles.problem} role="alert">
          {problem}
        </p>
      )}
      <button type="button" className="primary" disabled={n === 0 || resolving} onClick={accept}>
        Open {n} {n === 1 ? 'paper' : 'papers'} as seeds
      </button>
    </section>
  );
}
