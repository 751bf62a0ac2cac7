// Filters as classes: only nodes whose visibility changes are touched, in one addClass and one
// removeClass call, so a filter change costs the renderer as little as it can.
import type { Core } from 'cytoscape';
import type { GraphNode } from '../graph/citation-graph';

export function applyVisibility(
  cy: Core,
  byKey: ReadonlyMap<string, GraphNode>,
  isVisible: (node: GraphNode) => boolean,
): { hidden: number; shown: number } {
  let toHide = cy.collection();
  let toShow = cy.collection();
  cy.nodes().forEach((node) => {
    const model = byKey.get(node.id());
    const hide = model ? !isVisible(model) : false;
    if (hide !== node.hasClass('is-hidden')) {
      if (hide) toHide = toHide.union(node);
      else toShow = toShow.union(node);
    }
  });
  if (toHide.nonempty() || toShow.nonempty()) {
    cy.batch(() => {
      toHide.addClass('is-hidden');
      toShow.removeClass('is-hidden');
    });
  }
  return { hidden: toHide.length, shown: toShow.length };
}
