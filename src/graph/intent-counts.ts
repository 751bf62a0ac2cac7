// How the centre's citations (or references) cite: the numbers behind "Of 344 citations: 36
// influential · 120 methodology · …". Counted from each link's own facts in that direction, so a
// paper that is both a reference and a citation counts its citation once here.
import { INTENTS, type Intent } from '../domain/paper';
import type { CitationFacts, CitationGraph, GraphNode } from './citation-graph';

export type IntentCounts = Readonly<Record<Intent | 'none', number>> & {
  /** Links counted: every loaded citation (or reference), resolved or not. */
  readonly links: number;
  readonly influential: number;
};

export type LinkDirection = 'citations' | 'references';

function factsIn(node: GraphNode, direction: LinkDirection): CitationFacts | undefined {
  return direction === 'citations' ? node.citesCentre : node.citedByCentre;
}

export function countIntents(
  graph: CitationGraph,
  direction: LinkDirection = 'citations',
): IntentCounts {
  const counts = { links: 0, influential: 0, none: 0, background: 0, methodology: 0, result: 0 };
  for (const node of graph.nodes) {
    const facts = factsIn(node, direction);
    if (!facts) continue;
    counts.links += 1;
    if (facts.isInfluential) counts.influential += 1;
    if (facts.intents.length === 0) counts.none += 1;
    for (const intent of INTENTS) if (facts.intents.includes(intent)) counts[intent] += 1;
  }
  return counts;
}
