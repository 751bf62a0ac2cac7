// Layouts, one click apart and deterministic. Radial and timeline positions are computed
// directly by src/graph and applied as a preset (instant at 10,000 nodes); the force layout
// (d3-force, in a Web Worker) starts from the radial positions with seeded randomness, so the
// same data always settles into the same picture.
import type { Core } from 'cytoscape';
import type { CitationGraph } from '../graph/citation-graph';
import type { ForceInput } from '../graph/layout/force';
import type { LayoutName, Positions } from '../graph/layout/positions';
import { radialLayout } from '../graph/layout/radial';
import { timelineLayout } from '../graph/layout/timeline';

/** Past this many nodes the force layout takes many seconds even off the main thread. */
export const FORCE_LIMIT = 3000;

/**
 * The nodes a force run keeps in place when papers were added to a settled force picture: those
 * the last run placed. Null (lay out everything) when there is no such picture, or when any
 * newcomer is one of the centre's own neighbours: pages of the neighbourhood itself are laid out
 * whole, so the same neighbourhood always settles into the same picture however its pages came.
 */
export function keptInPlace(cy: Core, placed: ReadonlySet<string> | null): string[] | null {
  if (!placed) return null;
  const kept: string[] = [];
  for (const node of cy.nodes()) {
    if (placed.has(node.id())) kept.push(node.id());
    else if (node.data('hop') !== 2) return null;
  }
  return kept;
}

export function presetPositions(graph: CitationGraph, layout: LayoutName): Positions {
  return layout === 'timeline' ? timelineLayout(graph) : radialLayout(graph);
}

/** What a layout choice draws for this many nodes, and the note that says why if it differs. */
export function planLayout(
  layout: LayoutName,
  nodes: number,
): { readonly drawn: LayoutName; readonly note: string | null } {
  if (layout !== 'force' || nodes <= FORCE_LIMIT) return { drawn: layout, note: null };
  return {
    drawn: 'radial',
    note: `The force layout is limited to ${FORCE_LIMIT.toLocaleString('en')} papers; this graph has ${nodes.toLocaleString('en')}, so it is shown radially.`,
  };
}

/**
 * Moves the nodes `positions` names and returns how many it found. Nodes it does not name keep
 * their place: a paper added while a layout ran stays where it was added, a snapshot places
 * only the papers it knows. Only nodes whose place changed are touched (each costs a redraw).
 */
export function applyPositions(cy: Core, positions: Positions): number {
  let found = 0;
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const target = positions.get(node.id());
      if (!target) return;
      found += 1;
      const current = node.position();
      if (current.x !== target.x || current.y !== target.y) {
        node.position({ x: target.x, y: target.y });
      }
    });
  });
  return found;
}

/** The force layout's input: every node where it stands now, every edge, and who stays put. */
export function forceInput(
  cy: Core,
  centreKey: string,
  pinned: readonly string[] = [],
): ForceInput {
  return {
    centreKey,
    pinned,
    nodes: cy.nodes().map((node) => ({
      key: node.id(),
      x: node.position('x'),
      y: node.position('y'),
      size: Number(node.data('size')) || 12,
    })),
    edges: cy.edges().map((edge) => ({ source: edge.source().id(), target: edge.target().id() })),
  };
}
