import { describe, expect, it } from 'vitest';
import { citing, link, paper, unresolvedLink } from '../test-support/papers';
import { countNeighbourhood, describeCounts } from './counts';
import { edgeKey } from './citation-graph';
import { nodeMatcher, NO_FILTERS } from './filters';
import { buildSeedGraph, markNew } from './seed-graph';

const id = (n: number) => paper(n).id;

// Seeds 1, 2, 3. Paper 10 is cited by seed 1 and cites seeds 2 and 3; 11 is cited by 1 and 2;
// 12 only cites 3; seed 2 cites seed 1; one reference of seed 2 is not in Semantic Scholar.
const lists = [
  {
    seed: paper(1),
    references: [citing(paper(10), ['methodology'], true), link(paper(11))],
    citations: [link(paper(2))],
  },
  {
    seed: paper(2),
    references: [link(paper(1)), link(paper(11)), unresolvedLink('Lost')],
    citations: [citing(paper(10), ['background'])],
  },
  { seed: paper(3), references: [], citations: [link(paper(10)), link(paper(12))] },
];

describe('buildSeedGraph', () => {
  const graph = buildSeedGraph(lists);
  const node = (n: number) => graph.nodes.find((entry) => entry.key === id(n));

  it('draws every seed once: the first as the centre, the others as seed nodes', () => {
    expect(graph.centre.id).toBe(id(1));
    expect(graph.seeds).toEqual([id(1), id(2), id(3)]);
    expect(node(2)?.relation).toBe('centre');
    expect(node(3)?.relation).toBe('centre');
    expect(graph.nodes.filter((entry) => entry.key === id(1))).toEqual([]);
  });

  it('merges the lists by paperId and counts the seeds each paper links to', () => {
    expect(graph.nodes.filter((entry) => entry.key === id(10))).toHaveLength(1);
    expect(node(10)).toMatchObject({ relation: 'both', seedLinks: 3, isInfluential: true });
    expect(node(10)?.intents).toEqual(['background', 'methodology']);
    expect(node(11)).toMatchObject({ relation: 'reference', seedLinks: 2 });
    expect(node(12)).toMatchObject({ relation: 'citation', seedLinks: 1 });
    expect(node(2)?.seedLinks).toBeUndefined();
  });

  it('keeps an edge for every citation with a seed, the seeds among themselves included', () => {
    const keys = graph.edges.map((edge) => edge.key).sort();
    expect(keys).toEqual(
      [
        edgeKey(id(1), id(10)),
        edgeKey(id(1), id(11)),
        edgeKey(id(2), id(1)),
        edgeKey(id(2), id(11)),
        edgeKey(id(10), id(2)),
        edgeKey(id(10), id(3)),
        edgeKey(id(12), id(3)),
      ].sort(),
    );
    const methodology = graph.edges.find((edge) => edge.key === edgeKey(id(1), id(10)));
    expect(methodology?.facts).toMatchObject({ isInfluential: true, intents: ['methodology'] });
  });

  it('keeps entries without a paperId as unresolved, in the list they came from', () => {
    const lost = graph.nodes.filter((entry) => entry.relation === 'unresolved');
    expect(lost.map((entry) => [entry.paper.title, entry.unresolvedIn])).toEqual([
      ['Lost', 'references'],
    ]);
  });

  it('gives the same graph for the same lists, and one seed gives a plain neighbourhood', () => {
    expect(buildSeedGraph(lists)).toEqual(graph);
    const single = buildSeedGraph([lists[0]!]);
    expect(single.nodes.map((entry) => [entry.key, entry.relation])).toEqual([
      [id(10), 'reference'],
      [id(11), 'reference'],
      [id(2), 'citation'],
    ]);
  });

  it('is counted and filtered like one centre, seeds always shown', () => {
    const counts = countNeighbourhood(graph, nodeMatcher({ ...NO_FILTERS, minSeedLinks: 2 }));
    expect(counts.seeds).toBe(3);
    expect(counts.references.shown).toBe(2); // 10 and 11, linked to 3 and 2 seeds
    expect(counts.citations.shown).toBe(1); // 10
    expect(describeCounts(counts)).toMatch(/^3 seeds · 2 of 3 references · 1 of 2 citations$/);
    const shown = graph.nodes.filter(nodeMatcher({ ...NO_FILTERS, minSeedLinks: 3 }));
    expect(shown.map((entry) => entry.key).sort()).toEqual([id(10), id(2), id(3)].sort());
  });

  it('marks the papers a check found new, and leaves the rest as they were', () => {
    const marked = markNew(graph, new Set([id(12)]));
    expect(marked.nodes.filter((entry) => entry.isNew).map((entry) => entry.key)).toEqual([id(12)]);
    expect(marked.nodes.find((entry) => entry.key === id(10))).toBe(node(10));
    expect(markNew(graph, new Set())).toBe(graph);
  });

  it('refuses an empty list of seeds', () => {
    expect(() => buildSeedGraph([])).toThrow(RangeError);
  });
});
