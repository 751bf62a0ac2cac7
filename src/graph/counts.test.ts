import { describe, expect, it } from 'vitest';
import { buildCitationGraph } from './citation-graph';
import { countNeighbourhood, describeCounts } from './counts';
import { addExpansions } from './expansion';
import { link, paper } from '../test-support/papers';

const id = (n: number) => paper(n).id;
// Centre 1 cites 2 and 3; 4 cites it. Expanding 2 adds 10 and 11 (its references) and 12.
const graph = addExpansions(
  buildCitationGraph({
    centre: paper(1),
    references: [link(paper(2)), link(paper(3))],
    citations: [link(paper(4))],
  }),
  [
    {
      id: id(2),
      references: [link(paper(3)), link(paper(10)), link(paper(11))],
      citations: [link(paper(4)), link(paper(12))],
    },
  ],
);

describe('counts by hop', () => {
  it("counts second-hop papers apart from the centre's references and citations", () => {
    const counts = countNeighbourhood(graph);
    expect(counts.references.loaded).toBe(2);
    expect(counts.citations.loaded).toBe(1);
    expect(counts.secondHop).toEqual({ shown: 3, loaded: 3, expanded: 1 });
  });

  it('says what filters hide among them, and nothing of them when none was expanded', () => {
    const notTwelve = (node: { key: string }) => node.key !== id(12);
    const counts = countNeighbourhood(graph, notTwelve);
    expect(describeCounts(counts)).toMatch(/ · 2 of 3 second-hop papers from 1 expanded$/);
    const plain = buildCitationGraph({ centre: paper(1), references: [], citations: [] });
    expect(describeCounts(countNeighbourhood(plain))).not.toMatch(/second-hop/);
  });
});
