// "Collections" in the header: the collections kept in this browser and the exploration log of
// the one being worked in (or of this session), in a modal dialog reachable from every page.
import { useId, useRef, useState } from 'react';
import { CollectionsPanel } from '../features/collections/collections-panel';
import { ExplorationLogPanel } from '../features/exploration-log/exploration-log-panel';
import { useModal } from '../features/import/use-modal';
import { useLibraryActions } from './library-context';
import styles from './library-dialog.module.css';
import { useSession } from './session-context';
import { parseView } from './url-codec';
import { useView } from './view-context';
import modal from '../ui/modal.module.css';
import { classNames } from '../ui/class-names';

export function LibraryDialog() {
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const library = useLibraryActions();
  const [, setView] = useView();
  const unreadable = useSession((state) => state.unreadableCollections);
  const log = useSession((state) => state.log);
  const logUnreadable = useSession((state) => state.logUnreadable);
  const problem = useSession((state) => state.libraryProblem);
  useModal(dialog, open);
  if (!library) return null;
  const active = library.collections.find((entry) => entry.id === library.active);
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
          <div className={styles.columns}>
            <CollectionsPanel
              collections={library.collections}
              activeId={library.active}
              unreadable={unreadable}
              paperTitle={library.paperTitle}
              onOpen={(collection) => {
                library.open(collection);
                close();
              }}
              onRename={library.rename}
              onDelete={(id) => void library.remove(id)}
              onRemoveSeed={library.removeSeed}
              onExport={library.exportAs}
              shareUrl={library.shareUrl}
              whatsNew={library.whatsNew}
            />
            <ExplorationLogPanel
              entries={log.entries}
              dropped={log.dropped}
              unreadable={logUnreadable}
              title={active ? `“${active.name}”` : 'This session (no collection open)'}
              onOpenUrl={(url) => {
                setView(() => parseView(new URL(url, window.location.href).search), 'push');
                close();
              }}
            />
          </div>
        )}
      </dialog>
    </>
  );
}
