// Layouts, one click apart and deterministic. Radial and timeline positions are computed
// directly by src/graph and applied as a preset (instant at 10,000 nodes); the force layout
// (d3-force, in a Web Worker) starts from the radial positions with seeded randomness, so the
// same data always settles into the same picture.
import type { Core } from 'cytoscape';
import type { CitationGraph } from '../graph/citation-graph';
import type { LayoutName, Positions } from '../graph/layout/positions';
import { radialLayout } from '../graph/layout/radial';
import { timelineLayout } from '../graph/layout/timeline';
import { runForce } from './force-runner';

/** Past this many nodes the force layout takes many seconds even off the main thread. */
export const FORCE_LIMIT = 3000;

export interface LayoutOutcome {
  readonly used: LayoutName;
  /** Shown to the user when the requested layout could not be used as asked. */
  readonly note: string | null;
}

export function presetPositions(graph: CitationGraph, layout: LayoutName): Positions {
  return layout === 'timeline' ? timelineLayout(graph) : radialLayout(graph);
}

/** Moves only the nodes whose place changed: re-positioning all of them costs a redraw each. */
export function applyPositions(cy: Core, positions: Positions): void {
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const target = positions.get(node.id()) ?? { x: 0, y: 0 };
      const current = node.position();
      if (current.x !== target.x || current.y !== target.y) node.position({ ...target });
    });
  });
}

export async function runLayout(
  cy: Core,
  graph: CitationGraph,
  layout: LayoutName,
): Promise<LayoutOutcome> {
  applyPositions(cy, presetPositions(graph, layout));
  if (layout !== 'force') return { used: layout, note: null };
  const count = cy.nodes().length;
  if (count > FORCE_LIMIT) {
    return {
      used: 'radial',
      note: `The force layout is limited to ${FORCE_LIMIT.toLocaleString('en')} papers; this graph has ${count.toLocaleString('en')}, so it is shown radially.`,
    };
  }
  const nodes = cy.nodes().map((node) => ({
    key: node.id(),
    x: node.position('x'),
    y: node.position('y'),
    size: Number(node.data('size')) || 12,
  }));
  const edges = cy
    .edges()
    .map((edge) => ({ source: edge.source().id(), target: edge.target().id() }));
  const positions = await runForce({ centreKey: graph.centre.id, nodes, edges });
  // The canvas may have been replaced while the worker ran.
  if (!cy.destroyed()) applyPositions(cy, new Map(Object.entries(positions)));
  return { used: 'force', note: null };
}
