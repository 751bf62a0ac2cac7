// Growing the graph in place: a paper's own references and citations added around it as
// second-hop papers, merged by paperId with what is drawn, so nothing already there moves or
// doubles. Pure, like the rest of the model: the queries fetch, this only merges.
import type { CitationLink, Paper, PaperId } from '../domain/paper';
import { edgeKey, type CitationGraph, type GraphEdge, type GraphNode } from './citation-graph';

/** One expanded paper's lists, as loaded (up to the expansion's budget). */
export interface Expansion {
  readonly id: PaperId;
  readonly references: readonly CitationLink[];
  readonly citations: readonly CitationLink[];
  /**
   * The paper itself, for a paper not drawn (a prior work, a recommendation): it joins the graph
   * as a second-hop paper with its lists. Unneeded for a drawn paper.
   */
  readonly paper?: Paper | undefined;
}

/**
 * A paper brought in from outside the graph, as a second-hop paper of no drawn paper: a
 * reference when papers of the graph cite it (a prior work), else a citation when it cites them.
 */
function outsider(paper: Paper, expansion: Expansion, known: (id: string) => boolean): GraphNode {
  const linked = (links: readonly CitationLink[]) =>
    links.some((entry) => entry.paper.id !== null && known(entry.paper.id));
  const citesGraph = linked(expansion.references) && !linked(expansion.citations);
  return {
    key: paper.id,
    paper,
    relation: citesGraph ? 'citation' : 'reference',
    isInfluential: false,
    intents: [],
    hop: 2,
  };
}

/**
 * The graph with each expansion's papers added as second-hop nodes (`hop: 2`, `via` the expanded
 * paper, `relation` relative to it) and an edge for every link to a paper of the graph. Papers
 * already in the graph keep their node; unresolved entries are not drawn; a paper not in the graph
 * joins it when the expansion carries its details, else adds nothing (yet). The same expansions
 * always give the same graph.
 */
export function addExpansions(
  graph: CitationGraph,
  expansions: readonly Expansion[],
): CitationGraph {
  const nodes = new Map<string, GraphNode>(graph.nodes.map((node) => [node.key, node]));
  const edges = new Map<string, GraphEdge>(graph.edges.map((edge) => [edge.key, edge]));
  const known = (id: string) => id === graph.centre.id || nodes.has(id);
  // An expanded paper's own lists carry the facts of its citations, as the centre's do.
  const link = (source: string, target: string, entry: CitationLink) => {
    const key = edgeKey(source, target);
    if (source === target || edges.has(key)) return;
    const { isInfluential, intents, contexts } = entry;
    edges.set(key, { key, source, target, facts: { isInfluential, intents, contexts } });
  };
  const expanded = new Set(graph.expanded);
  for (const expansion of expansions) {
    const via = expansion.id;
    if (!known(via)) {
      if (expansion.paper?.id !== via) continue;
      nodes.set(via, outsider(expansion.paper, expansion, known));
    }
    expanded.add(via);
    const add = (entry: CitationLink, relation: 'reference' | 'citation') => {
      const id = entry.paper.id;
      if (id === null) return;
      if (!known(id)) {
        nodes.set(id, {
          key: id,
          paper: entry.paper,
          relation,
          isInfluential: entry.isInfluential,
          intents: entry.intents,
          hop: 2,
          via,
        });
      }
      if (relation === 'reference') link(via, id, entry);
      else link(id, via, entry);
    };
    for (const entry of expansion.references) add(entry, 'reference');
    for (const entry of expansion.citations) add(entry, 'citation');
  }
  return {
    ...graph,
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    expanded: [...expanded],
  };
}
