// Keeps keyboard focus on the graph when Enter makes a paper the centre: the canvas remounts
// for the new centre, and focus would otherwise fall to the page's body, leaving a keyboard or
// screen-reader user to find the graph again from the top.
import { useCallback } from 'react';
import { useSession } from './session-context';

/** The graph's focusable surface (GraphCanvas); the skip link targets it too. */
export const GRAPH_SURFACE_ID = 'citation-graph';

const focusIsOnGraph = (): boolean =>
  document.activeElement?.closest(`#${GRAPH_SURFACE_ID}`) != null;

/**
 * Wraps the graph's `onOpen`: a re-centre that starts with focus on the graph asks the next
 * graph drawn to take focus (`autoFocus`). Whatever takes focus next, that graph or anything the
 * person chose meanwhile, ends the request, so focus is never pulled back later.
 */
export function useGraphFocus(onOpen: (key: string) => void): {
  readonly autoFocus: boolean;
  readonly onOpen: (key: string) => void;
} {
  const autoFocus = useSession((state) => state.graphFocusPending);
  const setPending = useSession((state) => state.setGraphFocusPending);
  const open = useCallback(
    (key: string) => {
      if (focusIsOnGraph()) {
        setPending(true);
        document.addEventListener(
          'focusin',
          () => {
            setPending(false);
          },
          { once: true },
        );
      }
      onOpen(key);
    },
    [onOpen, setPending],
  );
  return { autoFocus, onOpen: open };
}
