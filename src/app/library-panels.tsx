// The inside of "Collections": the collections kept in this browser and the exploration log. A
// chunk of its own (with the menus and export formats it brings), loaded when the dialog opens
// or when the browser is idle before that (see explorer-loader.tsx).
import { CollectionsPanel } from '../features/collections/collections-panel';
import { ExplorationLogPanel } from '../features/exploration-log/exploration-log-panel';
import { useLibraryActions } from './library-context';
import styles from './library-dialog.module.css';
import { useSession } from './session-context';
import { parseView } from './url-codec';
import { useView } from './view-context';

export function LibraryPanels({ onClose }: { readonly onClose: () => void }) {
  const library = useLibraryActions();
  const [, setView] = useView();
  const unreadable = useSession((state) => state.unreadableCollections);
  const log = useSession((state) => state.log);
  const logUnreadable = useSession((state) => state.logUnreadable);
  if (!library) return null;
  const active = library.collections.find((entry) => entry.id === library.active);
  return (
    <div className={styles.columns}>
      <CollectionsPanel
        collections={library.collections}
        activeId={library.active}
        unreadable={unreadable}
        paperTitle={library.paperTitle}
        onOpen={(collection) => {
          library.open(collection);
          onClose();
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
          onClose();
        }}
      />
    </div>
  );
}
