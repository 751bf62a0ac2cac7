// From the graph model to Cytoscape elements, and the diff that keeps a live instance in step
// with the model by id: pages that arrive add nodes, a reference that turns out to cite the
// centre too changes its data, and nothing is rebuilt.
import type { Core, ElementDefinition } from 'cytoscape';
import type { Intent } from '../domain/paper';
import type { CitationGraph, GraphEdge, GraphNode, Relation } from '../graph/citation-graph';
import { CENTRE_SCALE, nodeSize } from '../graph/node-size';
import type { Positions } from '../graph/layout/positions';
import { PALETTES, type Palette } from './palette';

const relationColour = (palette: Palette, relation: Relation): string =>
  relation === 'unresolved' ? palette.edge : palette[relation];

export interface NodeData {
  readonly id: string;
  readonly relation: Relation;
  /** 0 for the centre, 1 for its neighbours, 2 for papers added by expanding a neighbour. */
  readonly hop: 0 | 1 | 2;
  /** True for a paper whose own references and citations were added to the graph. */
  readonly expanded: boolean;
  /** True for the centre and, in a graph of several seeds, every seed. */
  readonly seed: boolean;
  /** True for the centre alone (the first seed): its label is always drawn. */
  readonly main: boolean;
  /** With several seeds: how many of them this paper cites or is cited by (0 otherwise). */
  readonly seedLinks: number;
  /** Found citing a seed by the last check for new citations. */
  readonly isNew: boolean;
  readonly year: number | null;
  readonly citations: number | null;
  readonly label: string;
  readonly title: string;
  /** Diameter by global citations; the canvas resizes by another measure when asked. */
  readonly size: number;
  /** Fill colour by relation, as data: one rule instead of a selector per relation. */
  readonly colour: string;
  readonly colourDark: string;
}

/**
 * An edge's data: for an edge with the centre, its influence and intents (the contract tools read
 * on `window.__cy`); for a link found among neighbours both are null, since the API gives none.
 */
export interface EdgeData {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly influential: boolean | null;
  readonly intents: readonly Intent[] | null;
}

/** The one intent an edge is coloured by, the most specific first. */
const COLOUR_ORDER: readonly Intent[] = ['methodology', 'result', 'background'];

export function edgeDefinition(edge: GraphEdge, withArrow = false): ElementDefinition {
  const { facts } = edge;
  const data: EdgeData = {
    id: edge.key,
    source: edge.source,
    target: edge.target,
    influential: facts?.isInfluential ?? null,
    intents: facts ? [...facts.intents] : null,
  };
  // Classes set once, when the edge is added: the style needs no per-edge function.
  const classes: string[] = [];
  if (facts?.isInfluential) classes.push('influential');
  const intent = COLOUR_ORDER.find((name) => facts?.intents.includes(name));
  if (intent) classes.push(`intent-${intent}`);
  else if (facts) classes.push('no-intent');
  if (withArrow) classes.push('with-arrow');
  return { group: 'edges', data, classes: classes.join(' ') };
}

/** Edges carry arrows only while they are few enough for the renderer to afford them. */
const ARROW_LIMIT = 500;
const ARROWS_SCRATCH = 'citescope-arrows';

function shortLabel(node: Pick<GraphNode, 'paper'>): string {
  const { authors, year, title } = node.paper;
  const first = authors[0]?.name.trim().split(/\s+/).at(-1) ?? title?.split(/\s+/)[0] ?? '?';
  return year === null ? first : `${first} ${year}`;
}

export function nodeData(
  node: Pick<GraphNode, 'key' | 'paper' | 'relation' | 'hop' | 'seedLinks' | 'isNew'>,
  expanded = false,
  main = node.relation === 'centre',
): NodeData {
  return {
    id: node.key,
    relation: node.relation,
    hop: node.relation === 'centre' ? 0 : (node.hop ?? 1),
    expanded,
    seed: node.relation === 'centre',
    main,
    seedLinks: node.seedLinks ?? 0,
    isNew: node.isNew === true,
    year: node.paper.year,
    citations: node.paper.citationCount,
    label: shortLabel(node),
    title: node.paper.title ?? 'Untitled',
    size: nodeSize(node.paper.citationCount) * (node.relation === 'centre' ? CENTRE_SCALE : 1),
    colour: relationColour(PALETTES.light, node.relation),
    colourDark: relationColour(PALETTES.dark, node.relation),
  };
}

/** Only papers S2 knows become nodes: node ids are always S2 paperIds. */
function graphNodes(graph: CitationGraph): GraphNode[] {
  const centre: GraphNode = {
    key: graph.centre.id,
    paper: graph.centre,
    relation: 'centre',
    isInfluential: false,
    intents: [],
  };
  return [centre, ...graph.nodes.filter((n) => n.paper.id !== null)];
}

export interface SyncResult {
  /** Nodes added and removed. */
  readonly added: number;
  readonly removed: number;
  /** Edges added or removed (links among neighbours arriving change only these). */
  readonly edgesChanged: number;
}

export function syncElements(cy: Core, graph: CitationGraph, positions: Positions): SyncResult {
  const nodes = graphNodes(graph);
  const expanded = new Set(graph.expanded);
  const wanted = new Set(nodes.map((n) => n.key));
  const wantedEdges = new Set(graph.edges.map((e) => e.key));
  const additions: ElementDefinition[] = [];
  let removed = 0;
  let edgesRemoved = 0;
  cy.batch(() => {
    const stale = cy.elements().filter((el) => !(el.isNode() ? wanted : wantedEdges).has(el.id()));
    removed = stale.nodes().length;
    edgesRemoved = stale.edges().length;
    cy.remove(stale);
    for (const node of nodes) {
      const existing = cy.getElementById(node.key);
      const data = nodeData(node, expanded.has(node.key), node.key === graph.centre.id);
      if (existing.nonempty()) {
        if (
          existing.data('relation') !== data.relation ||
          existing.data('expanded') !== data.expanded ||
          existing.data('seedLinks') !== data.seedLinks ||
          existing.data('isNew') !== data.isNew
        ) {
          existing.data(data);
        }
        continue;
      }
      additions.push({
        group: 'nodes',
        data,
        position: { ...(positions.get(node.key) ?? { x: 0, y: 0 }) },
      });
    }
    const arrows = graph.edges.length <= ARROW_LIMIT;
    // Every edge is restyled by a class change: only when crossing the limit, not per page.
    const switchArrows = cy.scratch(ARROWS_SCRATCH) !== arrows;
    for (const edge of graph.edges) {
      if (cy.getElementById(edge.key).nonempty()) continue;
      additions.push(edgeDefinition(edge, arrows && !switchArrows));
    }
    cy.add(additions);
    if (switchArrows) {
      cy.edges().toggleClass('with-arrow', arrows);
      cy.scratch(ARROWS_SCRATCH, arrows);
    }
  });
  const addedNodes = additions.filter((a) => a.group === 'nodes').length;
  return {
    added: addedNodes,
    removed,
    edgesChanged: additions.length - addedNodes + edgesRemoved,
  };
}

/** Sets each node's diameter where it differs (a change of measure touches every node once). */
export function applySizes(cy: Core, sizes: ReadonlyMap<string, number>): number {
  let changed = 0;
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const size = sizes.get(node.id());
      if (size === undefined || node.data('size') === size) return;
      node.data('size', size);
      changed++;
    });
  });
  return changed;
}
