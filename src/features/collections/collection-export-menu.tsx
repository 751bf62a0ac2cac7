// A collection's Export menu (Radix DropdownMenu, as the graph's Export menu: it does the menu
// button's keyboard and focus work). The app makes and saves the file and names it back.
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useState } from 'react';
import type { Collection } from '../../domain/collection';
import { classNames } from '../../ui/class-names';
import { errorMessage } from '../../ui/error-notice';
import styles from './collections-panel.module.css';
import type { CollectionFormat } from './collections-types';

const FORMATS: readonly { readonly format: CollectionFormat; readonly label: string }[] = [
  { format: 'bibtex', label: 'BibTeX' },
  { format: 'ris', label: 'RIS' },
  { format: 'csv', label: 'CSV' },
  { format: 'ids', label: 'List of ids' },
];

interface CollectionExportMenuProps {
  readonly collection: Collection;
  readonly onExport: (collection: Collection, format: CollectionFormat) => Promise<string>;
}

export function CollectionExportMenu({ collection, onExport }: CollectionExportMenuProps) {
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const choose = async (format: CollectionFormat, label: string) => {
    setProblem(null);
    setStatus(`Preparing ${label}…`);
    try {
      setStatus(`Saved ${await onExport(collection, format)}`);
    } catch (error) {
      setStatus('');
      setProblem(`Could not export ${label}: ${errorMessage(error)}`);
    }
  };

  return (
    <>
      <DropdownMenu.Root modal={false}>
        <DropdownMenu.Trigger asChild>
          <button type="button" aria-label={`Export “${collection.name}”`}>
            Export
          </button>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className={styles.menu} align="start" sideOffset={4} loop>
            {FORMATS.map(({ format, label }) => (
              <DropdownMenu.Item
                key={format}
                className={styles.menuItem}
                onSelect={() => void choose(format, label)}
              >
                {label}
              </DropdownMenu.Item>
            ))}
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      <p aria-live="polite" className={classNames('muted', styles.status)}>
        {status}
      </p>
      {problem && (
        <p role="alert" className={classNames('notice notice-error', styles.wide)}>
          {problem}
        </p>
      )}
    </>
  );
}
