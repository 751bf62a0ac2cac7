// The citation neighbourhood of one centre paper as a pure data structure: who is a reference,
// who is a citation, who is both, and which entries the API could not resolve. No React, no
// Cytoscape, no fetching: the renderer and the list both read this.
import type { AnyPaper, CitationLink, Paper } from '../domain/paper';

export type Relation = 'centre' | 'reference' | 'citation' | 'both' | 'unresolved';

export interface GraphNode {
  /** The `paperId` for papers S2 knows; a stable synthetic key for unresolved entries. */
  readonly key: string;
  readonly paper: AnyPaper;
  readonly relation: Relation;
  /** True when S2 marks the link to or from the centre as influential. */
  readonly isInfluential: boolean;
  /** For unresolved entries: the list the API gave them in (usually the references). */
  readonly unresolvedIn?: 'references' | 'citations';
}

/** A directed edge from the citing paper to the cited paper. */
export interface GraphEdge {
  readonly key: string;
  readonly source: string;
  readonly target: string;
}

export interface CitationGraph {
  readonly centre: Paper;
  /** Neighbours in a stable order: references first (API order), then citations. */
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
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

export function buildCitationGraph({
  centre,
  references,
  citations,
}: NeighbourhoodInput): CitationGraph {
  const byKey = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  let unresolved = 0;

  const addEdge = (source: string, target: string): void => {
    edges.push({ key: edgeKey(source, target), source, target });
  };
  // An entry without a paperId cannot be a node we can open; it is kept and listed as unresolved.
  const addUnresolved = (link: CitationLink, list: 'references' | 'citations'): void => {
    const key = unresolvedKey(unresolved++);
    byKey.set(key, {
      key,
      paper: link.paper,
      relation: 'unresolved',
      isInfluential: link.isInfluential,
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
    byKey.set(id, {
      key: id,
      paper: link.paper,
      relation: 'reference',
      isInfluential: link.isInfluential,
    });
    addEdge(centre.id, id);
  }

  for (const link of citations) {
    const id = link.paper.id;
    if (id === null) {
      addUnresolved(link, 'citations');
      continue;
    }
    if (id === centre.id) continue;
    const existing = byKey.get(id);
    if (existing?.relation === 'reference') {
      byKey.set(id, {
        ...existing,
        relation: 'both',
        isInfluential: existing.isInfluential || link.isInfluential,
      });
      addEdge(id, centre.id);
    } else if (!existing) {
      byKey.set(id, {
        key: id,
        paper: link.paper,
        relation: 'citation',
        isInfluential: link.isInfluential,
      });
      addEdge(id, centre.id);
    }
  }

  return { centre, nodes: [...byKey.values()], edges };
}
