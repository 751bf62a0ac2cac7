// The Import dialog: a reference manager's export or pasted identifiers in, every entry's
// outcome shown, a collection of seeds out. A native modal <dialog>, as Settings is: the page
// behind is inert, focus moves in and comes back, Escape closes. Closing stops a lookup in
// progress; a finished one stays until the next import, so closing by mistake loses nothing.
import { useId, useMemo, useRef, useState } from 'react';
import type { Paper } from '../../domain/paper';
import type { ImportEntry } from './import-entry';
import type { EntryOutcome } from './import-outcome';
import { ImportResults } from './import-results';
import { outcomeRows, outcomeSummary } from './import-rows';
import { defaultCollectionName, type ImportSource } from './import-source';
import { ImportSourceForm } from './import-source-form';
import { useImport, type ImportState } from './use-import';
import { useModal } from './use-modal';
import styles from './import-dialog.module.css';
import modal from '../../ui/modal.module.css';
import { classNames } from '../../ui/class-names';

export interface ImportResult {
  /** The collection name the reader chose, as collectionName() keeps it. */
  readonly name: string;
  /** Found and confirmed found-by-title papers, in entry order, each paper once. */
  readonly seeds: readonly Paper[];
  /** Every entry and its outcome, in entry order (for the exploration log). */
  readonly entries: readonly ImportEntry[];
  readonly outcomes: readonly EntryOutcome[];
  /** The file name, or 'pasted text'. */
  readonly source: string;
}

export interface ImportDialogProps {
  readonly onImport: (result: ImportResult) => void;
  /** Open from outside (e.g. a welcome screen link); optional. */
  readonly open?: boolean;
  readonly onOpenChange?: (open: boolean) => void;
}

function statusText(state: ImportState): string {
  switch (state.phase) {
    case 'idle':
      return state.notice ?? '';
    case 'reading':
      return 'Reading entries…';
    case 'resolving': {
      const done = state.outcomes.filter((o) => o.kind !== 'pending').length;
      return `Resolving ${done} of ${state.entries.length} entries…`;
    }
    case 'interrupted':
      return state.reason;
    case 'done':
      return `Looked up ${state.entries.length} entries: ${outcomeSummary(outcomeRows(state.entries, state.outcomes))}.`;
  }
}

export function ImportDialog({ onImport, open, onOpenChange }: ImportDialogProps) {
  const [ownOpen, setOwnOpen] = useState(false);
  const isOpen = open ?? ownOpen;
  const { state, start, cancel, resume, reset } = useImport();
  const [name, setName] = useState('');
  const [run, setRun] = useState(0);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const busy = state.phase === 'reading' || state.phase === 'resolving';
  const problem = fileProblem ?? (state.phase === 'idle' ? state.problem : null);
  const rows = useMemo(
    () => ('entries' in state ? outcomeRows(state.entries, state.outcomes) : null),
    [state],
  );

  const setOpen = (next: boolean) => {
    if (next === isOpen) return;
    if (!next) cancel();
    if (open === undefined) setOwnOpen(next);
    onOpenChange?.(next);
  };
  useModal(dialog, isOpen);

  const read = (source: ImportSource) => {
    setFileProblem(null);
    setName(defaultCollectionName(source.fileName, new Date()));
    setRun((n) => n + 1);
    start(source);
  };

  const accept = (chosen: string, seeds: readonly Paper[]) => {
    if (!('entries' in state)) return;
    const source = state.source.fileName ?? 'pasted text';
    onImport({ name: chosen, seeds, entries: state.entries, outcomes: state.outcomes, source });
    reset();
    setOpen(false);
  };

  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Import
      </button>
      <dialog
        ref={dialog}
        className={classNames(modal.modal, styles.dialog)}
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        onClose={() => setOpen(false)}
        onKeyDown={(event) => {
          // Closed through our state, so a controlled dialog hears of it and a lookup stops.
          if (event.key !== 'Escape') return;
          event.preventDefault();
          setOpen(false);
        }}
      >
        <div className={styles.body}>
          <div className={modal.header}>
            <h2 id={titleId} className={modal.title}>
              Import papers
            </h2>
            <button type="button" onClick={() => setOpen(false)}>
              Close
            </button>
          </div>
          <p id={descriptionId} className="muted">
            Every entry is looked up on Semantic Scholar and listed with what became of it.
          </p>
          <ImportSourceForm busy={busy} onRead={read} onProblem={setFileProblem} />
          {problem !== null && (
            <p className={styles.problem} role="alert">
              {problem}
            </p>
          )}
          <div className={styles.progress}>
            {/* Once done the summary below shows the counts; this line only announces them. */}
            <p role="status" className={state.phase === 'done' ? 'visually-hidden' : styles.status}>
              {statusText(state)}
            </p>
            {busy && (
              <button type="button" onClick={cancel}>
                Cancel
              </button>
            )}
            {state.phase === 'interrupted' && (
              <button type="button" onClick={resume}>
                Resume
              </button>
            )}
          </div>
          {rows !== null && (
            <ImportResults
              key={run}
              rows={rows}
              resolving={state.phase === 'resolving'}
              name={name}
              onNameChange={setName}
              onAccept={accept}
            />
          )}
        </div>
      </dialog>
    </>
  );
}
