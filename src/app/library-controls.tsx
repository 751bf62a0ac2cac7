// The header's "Import" and "Collections": bring a reference manager's papers in as a new
// collection, and reach the collections and the exploration log from any page.
import { ImportDialog } from '../features/import/import-dialog';
import { useLibraryActions } from './library-context';
import { LibraryDialog } from './library-dialog';
import styles from './library-controls.module.css';

export function LibraryControls() {
  const library = useLibraryActions();
  if (!library) return null;
  return (
    <div className={styles.library}>
      <ImportDialog onImport={(result) => void library.importPapers(result)} />
      <LibraryDialog />
    </div>
  );
}
