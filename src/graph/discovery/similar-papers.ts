// The papers most like the centre, among its neighbours and prior works, by coupling and
// co-citation over what is loaded: the centre's lists, and the reference ids of its neighbours
// (and of the prior works, when their details are in).
import type { CitationGraph } from '../citation-graph';
import { similarity, type CitationSets, type Similarity } from './similarity';

export interface SimilarPaper {
  readonly id: string;
  readonly similarity: Similarity;
}

/** For every loaded paper id: the loaded papers whose reference lists name it. */
function citersIndex(
  graph: CitationGraph,
  referencesOf: ReadonlyMap<string, readonly string[]>,
): Map<string, Set<string>> {
  const citers = new Map<string, Set<string>>();
  const add = (cited: string, citing: string) => {
    const set = citers.get(cited);
    if (set) set.add(citing);
    else citers.set(cited, new Set([citing]));
  };
  for (const node of graph.nodes) {
    if (node.paper.id === null) continue;
    if (node.relation === 'reference' || node.relation === 'both') add(node.key, graph.centre.id);
    if (node.relation === 'citation' || node.relation === 'both') add(graph.centre.id, node.key);
  }
  for (const [citing, references] of referencesOf) {
    for (const cited of references) if (cited !== citing) add(cited, citing);
  }
  return citers;
}

/**
 * The candidates (neighbours and `extra`, e.g. prior works) ranked by similarity to the centre,
 * most similar first, ties by id; papers sharing nothing with it are left out.
 */
export function similarPapers(
  graph: CitationGraph,
  referencesOf: ReadonlyMap<string, readonly string[]>,
  extra: readonly string[] = [],
): SimilarPaper[] {
  const citers = citersIndex(graph, referencesOf);
  const centreReferences = new Set(
    graph.nodes
      .filter((node) => node.paper.id !== null && node.relation !== 'citation')
      .filter((node) => node.relation !== 'unresolved')
      .map((node) => node.key),
  );
  const centre: CitationSets = {
    references: centreReferences,
    citers: citers.get(graph.centre.id) ?? new Set(),
  };
  const setsOf = (id: string): CitationSets => ({
    references: new Set(referencesOf.get(id) ?? []),
    citers: citers.get(id) ?? new Set(),
  });
  const candidates = new Set([
    ...graph.nodes.filter((node) => node.paper.id !== null).map((node) => node.key),
    ...extra,
  ]);
  candidates.delete(graph.centre.id);
  return [...candidates]
    .map((id) => ({ id, similarity: similarity(setsOf(id), centre) }))
    .filter((paper) => paper.similarity.score > 0)
    .sort((a, b) => b.similarity.score - a.similarity.score || (a.id < b.id ? -1 : 1));
}
