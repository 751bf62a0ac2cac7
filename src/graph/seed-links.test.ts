import { describe, expect, it } from 'vitest';
import { link, paper, unresolvedLink } from '../test-support/papers';
import { seedLinkCounts } from './seed-links';

const id = (n: number) => paper(n).id;

describe('seedLinkCounts', () => {
  it('counts each paper once per seed it links to, either way, most-linked first', () => {
    // Seeds 1, 2, 3. Paper 10 is cited by 1 and cites 2 and 3; 11 is cited by 1 twice over
    // (a duplicate entry) and by 2; 12 only by 3; seed 2 cites seed 1.
    const counts = seedLinkCounts([
      {
        seed: paper(1),
        references: [link(paper(10)), link(paper(11))],
        citations: [link(paper(2))],
      },
      {
        seed: paper(2),
        references: [link(paper(1)), link(paper(11)), unresolvedLink('Lost')],
        citations: [link(paper(10))],
      },
      {
        seed: paper(3),
        references: [link(paper(12))],
        citations: [link(paper(10)), link(paper(10))],
      },
    ]);
    expect([...counts]).toEqual([
      [id(10), 3],
      [id(11), 2],
      [id(12), 1],
    ]);
    expect(counts.has(id(1))).toBe(false);
    expect(counts.has(id(2))).toBe(false);
  });

  it('gives the same order whatever the order of the seeds', () => {
    const a = { seed: paper(1), references: [link(paper(21)), link(paper(20))], citations: [] };
    const b = { seed: paper(2), references: [link(paper(20)), link(paper(21))], citations: [] };
    expect([...seedLinkCounts([a, b])]).toEqual([...seedLinkCounts([b, a])]);
    expect([...seedLinkCounts([a, b]).keys()]).toEqual([id(20), id(21)].sort());
  });
});
