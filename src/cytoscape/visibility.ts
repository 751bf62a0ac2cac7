// Filters as classes: only nodes whose visibility changes are touched, in one addClass and one
// removeClass call, so a filter change costs the renderer as little as it can.
import type { Core } from 'cytoscape';
import type { GraphNode } from '../graph/citation-graph';

export function applyVisibility(
  cy: Core,
  byKey: ReadonlyMap<string, GraphNode>,
  isVisible: (node: GraphNode) => boolean,
): { hidden: number; shown: number } {
  // One pass over the model decides; filter() then builds each collection in one go.
  const hidden = new Set<string>();
  for (const [key, model] of byKey) if (!isVisible(model)) hidden.add(key);
  const nodes = cy.nodes();
  const toHide = nodes.filter((node) => hidden.has(node.id()) && !node.hasClass('is-hidden'));
  const toShow = nodes.filter((node) => !hidden.has(node.id()) && node.hasClass('is-hidden'));
  if (toHide.nonempty() || toShow.nonempty()) {
    cy.batch(() => {
      toHide.addClass('is-hidden');
      toShow.removeClass('is-hidden');
    });
  }
  return { hidden: toHide.length, shown: toShow.length };
}
