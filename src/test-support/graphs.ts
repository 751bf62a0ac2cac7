// A centre with `refs` references and `cites` citations, years spread as in real neighbourhoods:
// for tests of layouts and the canvas.
import { buildCitationGraph, type CitationGraph } from '../graph/citation-graph';
import { link, paper } from './papers';

export function starNeighbourhood(refs: number, cites: number): CitationGraph {
  return buildCitationGraph({
    centre: paper(1, { year: 2012 }),
    references: Array.from({ length: refs }, (_, i) =>
      link(paper(10 + i, { year: 2000 + (i % 12) })),
    ),
    citations: Array.from({ length: cites }, (_, i) =>
      link(paper(100_000 + i, { year: 2013 + (i % 10) })),
    ),
  });
}
