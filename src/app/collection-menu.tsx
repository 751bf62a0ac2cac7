// "Add to collection" for one paper, wherever it is offered.
import type { PaperId } from '../domain/paper';
import { AddToCollection } from '../features/collections/add-to-collection';
import { useLibraryActions } from './library-context';

interface CollectionMenuProps {
  readonly paper: { readonly id: PaperId; readonly title: string | null };
  readonly compact?: boolean;
}

export function CollectionMenu({ paper, compact }: CollectionMenuProps) {
  const library = useLibraryActions();
  if (!library) return null;
  return (
    <AddToCollection
      paper={paper}
      collections={library.collections}
      onAdd={library.add}
      onCreate={(name, id) => void library.create(name, id)}
      compact={compact}
    />
  );
}
