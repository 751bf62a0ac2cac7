import { describe, expect, it } from 'vitest';
import { buildCitationGraph } from './citation-graph';
import { countIntents } from './intent-counts';
import { citing, paper, unresolved } from '../test-support/papers';

const graph = buildCitationGraph({
  centre: paper(1),
  references: [citing(paper(2), ['methodology'], true), citing(paper(3), ['background'])],
  citations: [
    citing(paper(3), ['result'], true),
    citing(paper(4), ['methodology', 'result']),
    citing(paper(5), []),
    citing(unresolved('A lost citer'), ['background']),
  ],
});

describe('countIntents', () => {
  it("counts each citation by its own facts, a paper in both lists by its citation's", () => {
    expect(countIntents(graph)).toEqual({
      links: 4,
      influential: 1,
      background: 1,
      methodology: 1,
      result: 2,
      none: 1,
    });
  });

  it('counts references the same way', () => {
    expect(countIntents(graph, 'references')).toEqual({
      links: 2,
      influential: 1,
      background: 1,
      methodology: 1,
      result: 0,
      none: 0,
    });
  });
});
