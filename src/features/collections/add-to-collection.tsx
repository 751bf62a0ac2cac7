// "Add to collection" on a paper (graph node, list row, Discover row): a menu button (Radix
// DropdownMenu: arrows, Home, End, a letter, Escape) listing the collections, the ones already
// holding the paper checked and disabled, then "New collection…", which asks for a name.
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useRef, useState } from 'react';
import type { Collection } from '../../domain/collection';
import type { PaperId } from '../../domain/paper';
import styles from './add-to-collection.module.css';
import { NewCollectionDialog } from './new-collection-dialog';

export interface AddToCollectionProps {
  readonly paper: { readonly id: PaperId; readonly title: string | null };
  readonly collections: readonly Collection[];
  readonly onAdd: (collectionId: string, id: PaperId) => void;
  readonly onCreate: (name: string, id: PaperId) => void;
  /** A small "+" button (rows, the graph's node card) instead of the words. */
  readonly compact?: boolean;
}

export function AddToCollection(props: AddToCollectionProps) {
  const { paper, collections, onAdd, onCreate, compact = false } = props;
  const [naming, setNaming] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  // Read when the menu closes, after the render that removed it: a ref, not state.
  const openingDialog = useRef(false);
  // The visible words start the name, so speech input ("click Add to collection") finds it.
  const label = paper.title
    ? `Add to collection: “${paper.title}”`
    : 'Add to collection: this paper';

  return (
    <>
      <DropdownMenu.Root modal={false}>
        <DropdownMenu.Trigger asChild>
          <button
            ref={trigger}
            type="button"
            aria-label={label}
            title={compact ? label : undefined}
            className={compact ? styles.compact : undefined}
          >
            {compact ? <span aria-hidden="true">+</span> : 'Add to collection'}
          </button>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content
            className={styles.menu}
            align="start"
            sideOffset={4}
            loop
            onCloseAutoFocus={(event) => {
              // The name dialog takes focus instead of the button.
              if (openingDialog.current) event.preventDefault();
              openingDialog.current = false;
            }}
          >
            {collections.map((collection) => {
              const inIt = collection.seeds.includes(paper.id);
              return (
                <DropdownMenu.CheckboxItem
                  key={collection.id}
                  className={styles.item}
                  checked={inIt}
                  disabled={inIt}
                  onSelect={() => onAdd(collection.id, paper.id)}
                >
                  <span className={styles.check} aria-hidden="true">
                    {inIt ? '✓' : ''}
                  </span>
                  <span className={styles.itemName}>{collection.name}</span>
                  {inIt && (
                    <>
                      {' '}
                      <span className={styles.already}>(already in)</span>
                    </>
                  )}
                </DropdownMenu.CheckboxItem>
              );
            })}
            {collections.length > 0 && <DropdownMenu.Separator className={styles.separator} />}
            <DropdownMenu.Item
              className={styles.item}
              onSelect={() => {
                openingDialog.current = true;
                setNaming(true);
              }}
            >
              <span className={styles.check} aria-hidden="true" />
              New collection…
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      <NewCollectionDialog
        open={naming}
        paperTitle={paper.title}
        onCreate={(name) => onCreate(name, paper.id)}
        onClose={() => {
          setNaming(false);
          trigger.current?.focus();
        }}
      />
    </>
  );
}
