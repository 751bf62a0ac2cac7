// Several seed papers drawn together (`?seeds=`): the union of their references and citations,
// merged by paperId, each neighbour knowing how many seeds it links to — the papers connecting
// several seeds are the ones a researcher is looking for (Local Citation Network's and
// PUREsuggest's core idea). The result is an ordinary CitationGraph: the first seed is its
// centre, the others are nodes with the relation 'centre', so filters, counts, lists and layouts
// work on it unchanged.
import { intentSet, type CitationLink } from '../domain/paper';
import {
  edgeKey,
  type CitationFacts,
  type CitationGraph,
  type GraphEdge,
  type GraphNode,
} from './citation-graph';
import { seedLinkCounts, type SeedLists } from './seed-links';

type Side = 'reference' | 'citation';

function factsOf(link: CitationLink): CitationFacts {
  return { isInfluential: link.isInfluential, intents: link.intents, contexts: link.contexts };
}

/** A neighbour met again through another seed or the other list: what it is to the seeds grows. */
function merge(node: GraphNode, side: Side, link: CitationLink): GraphNode {
  const facts = factsOf(link);
  const relation =
    node.relation === side || node.relation === 'both' ? node.relation : ('both' as const);
  return {
    ...node,
    relation,
    isInfluential: node.isInfluential || link.isInfluential,
    intents: intentSet([...node.intents, ...link.intents]),
    ...(side === 'reference'
      ? { citedByCentre: node.citedByCentre ?? facts }
      : { citesCentre: node.citesCentre ?? facts }),
  };
}

/**
 * One graph of every seed with the union of their lists. Seeds are drawn once each (node data
 * `seed`), a paper in several lists once, with an edge for every citation between it and a seed;
 * `seedLinks` counts the seeds a paper cites or is cited by. The same lists always give the same
 * graph. Needs at least one seed.
 */
export function buildSeedGraph(seeds: readonly SeedLists[]): CitationGraph {
  const first = seeds[0];
  if (!first) throw new RangeError('A seed graph needs at least one seed.');
  const seedIds = new Set<string>(seeds.map((lists) => lists.seed.id));
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  let unresolved = 0;

  for (const { seed } of seeds.slice(1)) {
    if (seed.id === first.seed.id || nodes.has(seed.id)) continue;
    nodes.set(seed.id, {
      key: seed.id,
      paper: seed,
      relation: 'centre',
      isInfluential: false,
      intents: [],
    });
  }
  const addEdge = (source: string, target: string, link: CitationLink) => {
    const key = edgeKey(source, target);
    if (source !== target && !edges.has(key)) {
      edges.set(key, { key, source, target, facts: factsOf(link) });
    }
  };
  const add = (seedId: string, link: CitationLink, side: Side) => {
    const id = link.paper.id;
    if (id === null) {
      const key = `unresolved:${unresolved++}`;
      const facts = factsOf(link);
      nodes.set(key, {
        key,
        paper: link.paper,
        relation: 'unresolved',
        isInfluential: link.isInfluential,
        intents: link.intents,
        ...(side === 'citation' ? { citesCentre: facts } : { citedByCentre: facts }),
        unresolvedIn: side === 'citation' ? 'citations' : 'references',
      });
      return;
    }
    if (side === 'reference') addEdge(seedId, id, link);
    else addEdge(id, seedId, link);
    if (seedIds.has(id)) return;
    const existing = nodes.get(id);
    nodes.set(
      id,
      existing
        ? merge(existing, side, link)
        : {
            key: id,
            paper: link.paper,
            relation: side,
            isInfluential: link.isInfluential,
            intents: link.intents,
            ...(side === 'reference'
              ? { citedByCentre: factsOf(link) }
              : { citesCentre: factsOf(link) }),
          },
    );
  };
  for (const { seed, references } of seeds)
    for (const link of references) add(seed.id, link, 'reference');
  for (const { seed, citations } of seeds)
    for (const link of citations) add(seed.id, link, 'citation');

  const linked: ReadonlyMap<string, number> = seedLinkCounts(seeds);
  const withLinks = [...nodes.values()].map((node) => {
    const count = linked.get(node.key);
    return count === undefined ? node : { ...node, seedLinks: count };
  });
  return {
    centre: first.seed,
    nodes: withLinks,
    edges: [...edges.values()],
    seeds: [...seedIds],
  };
}

/** The graph with the papers `ids` marked new (the last check's new citing papers). */
export function markNew(graph: CitationGraph, ids: ReadonlySet<string>): CitationGraph {
  if (ids.size === 0) return graph;
  return {
    ...graph,
    nodes: graph.nodes.map((node) => (ids.has(node.key) ? { ...node, isNew: true } : node)),
  };
}
