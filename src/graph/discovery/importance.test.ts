import { describe, expect, it } from 'vitest';
import { buildCitationGraph } from '../citation-graph';
import { addInterlinks } from '../interlinks';
import { link, paper, unresolvedLink } from '../../test-support/papers';
import { pageRanks } from './importance';

const id = (n: number) => paper(n).id;

describe('pageRanks', () => {
  const graph = addInterlinks(
    buildCitationGraph({
      centre: paper(1),
      references: [link(paper(2)), link(paper(3)), unresolvedLink('Lost')],
      citations: [link(paper(4)), link(paper(5)), link(paper(6))],
    }),
    // 4, 5 and 6 also cite 2; nobody else cites 3.
    new Map([
      [id(4), [id(2)]],
      [id(5), [id(2)]],
      [id(6), [id(2), id(3)]],
    ]),
  );

  it('ranks every resolved paper, summing to 1', () => {
    const ranks = pageRanks(graph);
    expect([...ranks.keys()].sort()).toEqual([1, 2, 3, 4, 5, 6].map(id).sort());
    const total = [...ranks.values()].reduce((sum, value) => sum + value, 0);
    expect(total).toBeCloseTo(1, 6);
  });

  it('puts a paper cited by more of the graph above one cited by fewer', () => {
    const ranks = pageRanks(graph);
    expect(ranks.get(id(2))).toBeGreaterThan(ranks.get(id(3)) ?? 1);
    expect(ranks.get(id(3))).toBeGreaterThan(ranks.get(id(4)) ?? 1);
  });

  it('is the same for the same graph', () => {
    expect(pageRanks(graph)).toEqual(pageRanks(graph));
  });
});
