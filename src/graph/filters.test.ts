import { describe, expect, it } from 'vitest';
import { buildCitationGraph } from './citation-graph';
import { countHiddenForNoYear, NO_FILTERS, nodeMatcher } from './filters';
import { link, paper, unresolvedLink } from '../test-support/papers';

const graph = buildCitationGraph({
  centre: paper(1, { year: 2015 }),
  references: [
    link(paper(2, { year: 2001, citationCount: 500, title: 'Deep nets' })),
    link(paper(3, { year: 2010, citationCount: 5 })),
    unresolvedLink('Lost in print'),
  ],
  citations: [
    link(
      paper(4, {
        year: 2018,
        citationCount: 50,
        venue: 'NeurIPS',
        authors: [{ id: 'a', name: 'Ada Lovelace' }],
      }),
    ),
    link(paper(5, { year: null, citationCount: 0 })),
    link(paper(3, { year: 2010, citationCount: 5 })),
  ],
});

const visible = (filters: Partial<typeof NO_FILTERS>) =>
  graph.nodes.filter(nodeMatcher({ ...NO_FILTERS, ...filters })).map((n) => n.paper.title);

describe('nodeMatcher', () => {
  it('shows everything with no filters', () => {
    expect(visible({})).toHaveLength(graph.nodes.length);
  });

  it('keeps a year range inclusive and hides papers without a year while it is set', () => {
    expect(visible({ yearFrom: 2010, yearTo: 2018 })).toEqual(['Paper 3', 'Paper 4']);
    expect(visible({ yearFrom: 2011 })).toEqual(['Paper 4']);
    expect(visible({ yearTo: 2005 })).toEqual(['Deep nets']);
  });

  it('filters by minimum citations, treating unknown counts as zero', () => {
    expect(visible({ minCitations: 50 })).toEqual(['Deep nets', 'Paper 4']);
  });

  it('matches text in title, author and venue, ignoring case', () => {
    expect(visible({ text: 'deep' })).toEqual(['Deep nets']);
    expect(visible({ text: 'LOVELACE' })).toEqual(['Paper 4']);
    expect(visible({ text: 'neurips' })).toEqual(['Paper 4']);
  });

  it('toggles references and citations; a paper that is both stays while either is on', () => {
    expect(visible({ showCitations: false })).toEqual(['Deep nets', 'Paper 3', 'Lost in print']);
    expect(visible({ showReferences: false })).toEqual(['Paper 3', 'Paper 4', 'Paper 5']);
    expect(visible({ showReferences: false, showCitations: false })).toEqual([]);
  });

  it('counts papers hidden only for lacking a year', () => {
    expect(countHiddenForNoYear(graph.nodes, NO_FILTERS)).toBe(0);
    // "Lost in print" and Paper 5 have no year.
    expect(countHiddenForNoYear(graph.nodes, { ...NO_FILTERS, yearFrom: 2000 })).toBe(2);
    expect(
      countHiddenForNoYear(graph.nodes, { ...NO_FILTERS, yearFrom: 2000, showReferences: false }),
    ).toBe(1);
  });
});
