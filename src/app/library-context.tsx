// The collection actions, made once for the page and shared with every place that offers them
// (the header, the details, the list's selected row, Discover's rows, the seeds view).
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { WhatsNewControls } from '../features/collections/collections-types';
import { useLibrary, type Library } from './use-library';
import { useLogViewSteps } from './use-log-view-steps';
import { useView } from './view-context';
import { useWhatsNew } from './use-whats-new';

interface LibraryValue extends Library {
  readonly whatsNew: WhatsNewControls;
}

const LibraryContext = createContext<LibraryValue | null>(null);

export function LibraryProvider({ children }: { readonly children: ReactNode }) {
  const library = useLibrary();
  const [view] = useView();
  useLogViewSteps(view);
  const { log } = library;
  const whatsNew = useWhatsNew(
    useMemo(() => (summary, detail) => log('check', summary, detail), [log]),
  );
  const value = useMemo(() => ({ ...library, whatsNew }), [library, whatsNew]);
  return <LibraryContext value={value}>{children}</LibraryContext>;
}

/** The collection actions; null outside a LibraryProvider (a lone explorer in a test). */
export function useLibraryActions(): LibraryValue | null {
  return useContext(LibraryContext);
}
