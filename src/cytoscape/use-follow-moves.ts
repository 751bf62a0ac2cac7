// Cytoscape remembers where its container is on the page and forgets it on resizes and scrolls,
// but not when the container moves: when the page above the graph changes height (a loading line
// or a notice going away), the graph moves without changing size, and Cytoscape would take taps,
// clicks and wheel zooms for points where the graph used to be. Its documented answer to a moved
// container is cy.resize(): called when a pointer comes to the graph and the container's place in
// the page (scrolling aside) is not where it was.
import type { Core } from 'cytoscape';
import { useEffect } from 'react';

const POINTER_EVENTS = ['pointerenter', 'pointerdown', 'wheel'] as const;

export function useFollowMoves(cy: Core | null): void {
  useEffect(() => {
    const container = cy?.container();
    if (!cy || !container) return;
    const place = () => {
      const box = container.getBoundingClientRect();
      return `${box.left + window.scrollX},${box.top + window.scrollY}`;
    };
    let last = place();
    const check = () => {
      const now = place();
      if (now === last) return;
      last = now;
      if (!cy.destroyed()) cy.resize();
    };
    // Capturing, so Cytoscape reads the new place when it handles the same gesture.
    for (const type of POINTER_EVENTS) container.addEventListener(type, check, true);
    return () => {
      for (const type of POINTER_EVENTS) container.removeEventListener(type, check, true);
    };
  }, [cy]);
}
