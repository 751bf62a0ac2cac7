// "Collections" in the header: the collections kept in this browser and the exploration log of
// the one being worked in (or of this session), in a modal dialog reachable from every page.
import { lazy, Suspense, useId, useRef, useState } from 'react';
import { useModal } from '../features/import/use-modal';
import { useLibraryActions } from './library-context';
import styles from './library-dialog.module.css';
import { loadLibraryPanels } from './lazy-chunks';
import { useSession } from './session-context';
import modal from '../ui/modal.module.css';
import { classNames } from '../ui/class-names';

const LibraryPanels = lazy(() =>
  loadLibraryPanels().then((module) => ({ default: module.LibraryPanels })),
);

export function LibraryDialog() {
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const library = useLibraryActions();
  const problem = useSession((state) => state.libraryProblem);
  useModal(dialog, open);
  if (!library) return null;
  const close = () => setOpen(false);

  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Collections
      </button>
      <dialog
        ref={dialog}
        className={classNames(modal.modal, styles.dialog)}
        aria-labelledby={titleId}
        onClose={close}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.preventDefault();
          close();
        }}
      >
        <div className={modal.header}>
          <h2 id={titleId} className={modal.title}>
            Your collections and exploration log
          </h2>
          <button type="button" onClick={close}>
            Close
          </button>
        </div>
        {problem && (
          <p className="notice notice-error" role="alert">
            {problem}
          </p>
        )}
        {/* Drawn only while open: a long log costs nothing the rest of the time. */}
        {open && (
          <Suspense fallback={<p role="status">Loading your collections…</p>}>
            <LibraryPanels onClose={close} />
          </Suspense>
        )}
      </dialog>
    </>
  );
}
