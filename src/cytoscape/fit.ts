// Fits the view to the nodes from their places and sizes alone. Cytoscape's own fit measures every
// label first (its bounding box includes them): at 10,000 papers that cost more than the layout.
// Labels sit below their node and are drawn only when zoomed in far enough to read, so the
// padding keeps the ones at the rim in view.
import type { Core } from 'cytoscape';

export function fitNodes(cy: Core, padding = 40): void {
  const nodes = cy.nodes();
  if (nodes.empty()) return;
  const box = nodes.boundingBox({ includeLabels: false, includeOverlays: false });
  const width = cy.width();
  const height = cy.height();
  // A single paper, or a canvas not laid out yet (no size): Cytoscape's own fit knows what to do.
  if (!(box.w > 0 && box.h > 0 && width > 2 * padding && height > 2 * padding)) {
    cy.fit(nodes, padding);
    return;
  }
  const fitting = Math.min((width - 2 * padding) / box.w, (height - 2 * padding) / box.h);
  const zoom = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), fitting));
  cy.viewport({
    zoom,
    pan: { x: (width - zoom * (box.x1 + box.x2)) / 2, y: (height - zoom * (box.y1 + box.y2)) / 2 },
  });
}
