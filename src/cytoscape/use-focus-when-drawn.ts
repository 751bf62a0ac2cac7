import { useEffect, useRef, type RefObject } from 'react';

/**
 * Moves focus to `target` once `ready` turns true, once per `subject` (the centre paper): a
 * re-centre from the keyboard lands back on the graph, while pages streaming in for the same
 * paper never pull focus away from wherever the reader has gone since.
 */
export function useFocusWhenDrawn(
  target: RefObject<HTMLElement | null>,
  ready: boolean,
  subject: string,
): void {
  const focusedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!ready || focusedFor.current === subject) return;
    focusedFor.current = subject;
    // The page stays where it is: focus alone must not scroll the graph into a corner.
    target.current?.focus({ preventScroll: true });
  }, [target, ready, subject]);
}
