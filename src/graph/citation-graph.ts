// The citation neighbourhood of one centre paper as a pure data structure: who is a reference,
// who is a citation, who is both, and which entries the API could not resolve. No React, no
// Cytoscape, no fetching: the renderer and the list both read this.
import {
  intentSet,
  type AnyPaper,
  type CitationLink,
  type Intent,
  type Paper,
} from '../domain/paper';

export type Relation = 'centre' | 'reference' | 'citation' | 'both' | 'unresolved';

/** What Semantic Scholar says about one citation between the centre and a neighbour. */
export type CitationFacts = Pick<CitationLink, 'isInfluential' | 'intents' | 'contexts'>;

export interface GraphNode {
  /** The `paperId` for papers S2 knows; a stable synthetic key for unresolved entries. */
  readonly key: string;
  readonly paper: AnyPaper;
  readonly relation: Relation;
  /** True when S2 marks the link to or from the centre as influential. */
  readonly isInfluential: boolean;
  /** The intents of the link(s) with the centre, both directions together. */
  readonly intents: readonly Intent[];
  /** How this neighbour cites the centre, when it does. */
  readonly citesCentre?: CitationFacts;
  /** How the centre cites this neighbour, when it does. */
  readonly citedByCentre?: CitationFacts;
  /**
   * 2 for a paper added by expanding another (`via`); absent for the centre's own neighbours
   * (hop 1). A second-hop paper's relation is to the paper it was expanded from.
   */
  readonly hop?: 2;
  readonly via?: string;
  /** In a graph of several seeds: how many seeds this paper cites or is cited by (seed-graph.ts). */
  readonly seedLinks?: number;
  /** Found citing a seed by the last "Check for new citations" (not at the check before). */
  readonly isNew?: boolean;
  /** For unresolved entries: the list the API gave them in (usually the references). */
  readonly unresolvedIn?: 'references' | 'citations';
}

/** A directed edge from the citing paper to the cited paper. */
export interface GraphEdge {
  readonly key: string;
  readonly source: string;
  readonly target: string;
  /**
   * The citation's facts for an edge with the centre; null for a link found among neighbours,
   * which the API gives without context, intents or influence.
   */
  readonly facts: CitationFacts | null;
}

export interface CitationGraph {
  readonly centre: Paper;
  /** Neighbours in a stable order: references first (API order), then citations. */
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  /** The drawn papers whose own references and citations were added (see expansion.ts). */
  readonly expanded?: readonly string[];
  /**
   * A graph of several seeds (`?seeds=`): their ids, the centre first. The other seeds are nodes
   * with the relation 'centre'; every neighbour says how many seeds it links to.
   */
  readonly seeds?: readonly string[];
}

export interface NeighbourhoodInput {
  readonly centre: Paper;
  readonly references: readonly CitationLink[];
  readonly citations: readonly CitationLink[];
}

/**
 * The one key scheme for edges, citing → cited: the graph's own edges and the links among
 * neighbours share it, so a link is never added twice and the renderer can patch edges by id.
 */
export function edgeKey(source: string, target: string): string {
  return `${source}->${target}`;
}

function unresolvedKey(index: number): string {
  return `unresolved:${index}`;
}

function factsOf(link: CitationLink): CitationFacts {
  return { isInfluential: link.isInfluential, intents: link.intents, contexts: link.contexts };
}

export function buildCitationGraph({
  centre,
  references,
  citations,
}: NeighbourhoodInput): CitationGraph {
  const byKey = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  let unresolved = 0;

  const addEdge = (source: string, target: string, facts: CitationFacts): void => {
    edges.push({ key: edgeKey(source, target), source, target, facts });
  };
  // An entry without a paperId cannot be a node we can open; it is kept and listed as unresolved.
  const addUnresolved = (link: CitationLink, list: 'references' | 'citations'): void => {
    const key = unresolvedKey(unresolved++);
    const facts = factsOf(link);
    byKey.set(key, {
      key,
      paper: link.paper,
      relation: 'unresolved',
      isInfluential: link.isInfluential,
      intents: link.intents,
      ...(list === 'citations' ? { citesCentre: facts } : { citedByCentre: facts }),
      unresolvedIn: list,
    });
  };

  for (const link of references) {
    const id = link.paper.id;
    if (id === null) {
      addUnresolved(link, 'references');
      continue;
    }
    if (id === centre.id || byKey.has(id)) continue;
    const facts = factsOf(link);
    byKey.set(id, {
      key: id,
      paper: link.paper,
      relation: 'reference',
      isInfluential: link.isInfluential,
      intents: link.intents,
      citedByCentre: facts,
    });
    addEdge(centre.id, id, facts);
  }

  for (const link of citations) {
    const id = link.paper.id;
    if (id === null) {
      addUnresolved(link, 'citations');
      continue;
    }
    if (id === centre.id) continue;
    const existing = byKey.get(id);
    const facts = factsOf(link);
    if (existing?.relation === 'reference') {
      byKey.set(id, {
        ...existing,
        relation: 'both',
        isInfluential: existing.isInfluential || link.isInfluential,
        intents: intentSet([...existing.intents, ...link.intents]),
        citesCentre: facts,
      });
      addEdge(id, centre.id, facts);
    } else if (!existing) {
      byKey.set(id, {
        key: id,
        paper: link.paper,
        relation: 'citation',
        isInfluential: link.isInfluential,
        intents: link.intents,
        citesCentre: facts,
      });
      addEdge(id, centre.id, facts);
    }
  }

  return { centre, nodes: [...byKey.values()], edges };
}
