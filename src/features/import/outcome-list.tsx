// Every entry of an import with what became of it. Titles from files and from the API are shown
// as text. A title match counts only once the reader has ticked "Use this match".
import { useId } from 'react';
import { askedFor, type OutcomeRow } from './import-rows';
import styles from './import-dialog.module.css';

interface OutcomeListProps {
  readonly rows: readonly OutcomeRow[];
  readonly confirmed: ReadonlySet<number>;
  readonly onConfirm: (position: number, use: boolean) => void;
}

const untitled = (title: string | null): string => title ?? 'a paper without a title';

function Detail({ row, confirmed, onConfirm, labelId }: RowProps & { labelId: string }) {
  const { outcome, entry } = row;
  if (row.kind === 'duplicate') return <>Duplicate of entry {entry.duplicateOf}</>;
  switch (outcome.kind) {
    case 'found':
      return <>Found: {untitled(outcome.paper.title)}</>;
    case 'found-by-title':
      return (
        <>
          <span>Found by title: {untitled(outcome.paper.title)}</span>
          <label className={styles.confirm}>
            <input
              type="checkbox"
              checked={confirmed}
              aria-describedby={labelId}
              onChange={(event) => onConfirm(entry.position, event.currentTarget.checked)}
            />
            Use this match
          </label>
        </>
      );
    case 'not-found':
      return <>Not found: nothing is known by {askedFor(entry)}</>;
    case 'unreadable':
      return <>Unreadable: {outcome.reason}</>;
    case 'pending':
      return <>Not looked up yet</>;
  }
}

interface RowProps {
  readonly row: OutcomeRow;
  readonly confirmed: boolean;
  readonly onConfirm: (position: number, use: boolean) => void;
}

function OutcomeItem(props: RowProps) {
  const labelId = useId();
  const { entry, kind } = props.row;
  return (
    <li className={styles.row} data-outcome={kind} data-position={entry.position}>
      <span className={styles.position} aria-hidden="true">
        {entry.position}
      </span>
      <span className="visually-hidden">Entry {entry.position}: </span>
      <span className={styles.entry}>
        <span id={labelId} className={styles.label}>
          {entry.label}
        </span>
        <span className={styles.detail} data-kind={kind}>
          <Detail {...props} labelId={labelId} />
        </span>
      </span>
    </li>
  );
}

export function OutcomeList({ rows, confirmed, onConfirm }: OutcomeListProps) {
  return (
    <ol className={styles.list} data-list="import-outcomes" aria-label="Entries and outcomes">
      {rows.map((row) => (
        <OutcomeItem
          key={row.entry.position}
          row={row}
          confirmed={confirmed.has(row.entry.position)}
          onConfirm={onConfirm}
        />
      ))}
    </ol>
  );
}
