// The graph by keyboard: arrows move the selection to the nearest visible paper in that
// direction, Enter makes the selected paper the centre, E expands it in place (or collapses it),
// Escape clears the selection, + and - zoom, 0 fits the whole graph.
import type { Core, NodeSingular } from 'cytoscape';

export type Direction = 'left' | 'right' | 'up' | 'down';

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * The candidate nearest to `from` within a 90° cone around `direction`; distance along the
 * direction counts, sideways drift counts double. Pure, for testing.
 */
export function nearestInDirection<T extends { readonly point: Point }>(
  from: Point,
  direction: Direction,
  candidates: readonly T[],
): T | null {
  let best: T | null = null;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const dx = candidate.point.x - from.x;
    const dy = candidate.point.y - from.y;
    const [along, across] =
      direction === 'left'
        ? [-dx, dy]
        : direction === 'right'
          ? [dx, dy]
          : direction === 'up'
            ? [-dy, dx]
            : [dy, dx];
    if (along <= 0 || Math.abs(across) > along) continue;
    const score = along + 2 * Math.abs(across);
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}

export interface KeyboardHandlers {
  readonly selectedKey: string | null;
  readonly onSelect: (key: string | null) => void;
  readonly onOpen: (key: string) => void;
  /** Adds the paper's own references and citations to the graph, or takes them away again. */
  readonly onExpand?: ((key: string) => void) | undefined;
}

/** Handles one key press; returns true when the key was used (so the page should not scroll). */
export function handleGraphKey(cy: Core, key: string, handlers: KeyboardHandlers): boolean {
  const selected = handlers.selectedKey ? cy.getElementById(handlers.selectedKey) : null;
  const direction = ARROWS[key];
  if (direction) {
    const origin: NodeSingular =
      selected?.nonempty() === true ? selected : cy.nodes('[?main]').first();
    if (origin.empty()) return true;
    const candidates: { node: NodeSingular; point: Point }[] = [];
    cy.nodes(':visible').forEach((node) => {
      if (node.id() !== origin.id()) candidates.push({ node, point: node.position() });
    });
    const next = nearestInDirection(origin.position(), direction, candidates);
    if (next) {
      handlers.onSelect(next.node.id());
      if (!isInView(cy, next.node)) cy.center(next.node);
    }
    return true;
  }
  if (key === 'Enter' && selected?.nonempty() && selected.data('main') !== true) {
    handlers.onOpen(selected.id());
    return true;
  }
  if ((key === 'e' || key === 'E') && handlers.onExpand && selected?.nonempty()) {
    const relation: unknown = selected.data('relation');
    if (relation === 'centre' || relation === 'unresolved') return false;
    handlers.onExpand(selected.id());
    return true;
  }
  if (key === 'Escape') {
    handlers.onSelect(null);
    return true;
  }
  if (key === '+' || key === '=' || key === '-') {
    const factor = key === '-' ? 1 / 1.25 : 1.25;
    cy.zoom({
      level: cy.zoom() * factor,
      renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
    });
    return true;
  }
  if (key === '0') {
    cy.fit(cy.nodes(), 40);
    return true;
  }
  return false;
}

function isInView(cy: Core, node: NodeSingular): boolean {
  const { x, y } = node.renderedPosition();
  return x >= 0 && y >= 0 && x <= cy.width() && y <= cy.height();
}
