// Layouts, one click apart and deterministic. Radial and timeline positions are computed
// directly by src/graph and applied as a preset (instant at 10,000 nodes); the force layout
// (fcose, loaded on first use) starts from the radial positions without randomising, so the
// same data always settles into the same picture.
import cytoscape, { type Core } from 'cytoscape';
import type { CitationGraph } from '../graph/citation-graph';
import type { LayoutName, Positions } from '../graph/layout/positions';
import { radialLayout } from '../graph/layout/radial';
import { timelineLayout } from '../graph/layout/timeline';
import type { FcoseLayoutOptions } from 'cytoscape-fcose';
import { withSeededRandom } from './seeded-random';

/** Past this many nodes a force layout takes many seconds on a laptop without a GPU. */
export const FORCE_LIMIT = 1500;

export interface LayoutOutcome {
  readonly used: LayoutName;
  /** Shown to the user when the requested layout could not be used as asked. */
  readonly note: string | null;
}

export function presetPositions(graph: CitationGraph, layout: LayoutName): Positions {
  return layout === 'timeline' ? timelineLayout(graph) : radialLayout(graph);
}

export function applyPositions(cy: Core, positions: Positions): void {
  cy.batch(() => {
    cy.nodes().positions((node) => ({ ...(positions.get(node.id()) ?? { x: 0, y: 0 }) }));
  });
}

let fcoseReady: Promise<void> | null = null;

function loadFcose(): Promise<void> {
  fcoseReady ??= import('cytoscape-fcose').then((module) => {
    cytoscape.use(module.default);
  });
  return fcoseReady;
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
  await loadFcose();
  const options: FcoseLayoutOptions = {
    name: 'fcose',
    randomize: true,
    animate: false,
    quality: count > 300 ? 'draft' : 'default',
    nodeRepulsion: () => 6000,
    idealEdgeLength: () => 90,
    fit: false,
  };
  withSeededRandom(graph.centre.id, () => {
    cy.layout(options).run();
  });
  return { used: 'force', note: null };
}
