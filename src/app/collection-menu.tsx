// "Add to collection" for one paper, wherever it is offered.
import type { Paper } from '../domain/paper';
import { AddToCollection } from '../features/collections/add-to-collection';
import { useLibraryActions } from './library-context';

export function CollectionMenu({
  paper,
  compact,
}: {
  readonly paper: Paper;
  readonly compact?: boolean;
}) {
  const library = useLibraryActions();
  if (!library) return null;
  return (
    <AddToCollection
      paper={{ id: paper.id, title: paper.title }}
      collections={library.collections}
      onAdd={library.add}
      onCreate={(name, id) => void library.create(name, id)}
      compact={compact}
    />
  );
}
