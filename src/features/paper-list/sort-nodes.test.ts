import { describe, expect, it } from 'vitest';
import { buildCitationGraph } from '../../graph/citation-graph';
import { link, paper, unresolvedLink } from '../../test-support/papers';
import { sortNodes } from './sort-nodes';

const graph = buildCitationGraph({
  centre: paper(1),
  references: [
    link(paper(2, { year: 2001, citationCount: 50, title: 'B' })),
    link(paper(3, { year: null, citationCount: null, title: 'A' })),
    unresolvedLink('C'),
  ],
  citations: [link(paper(4, { year: 2020, citationCount: 5, title: 'D' }))],
});
const titles = (nodes: readonly { paper: { title: string | null } }[]) =>
  nodes.map((n) => n.paper.title);

describe('sortNodes', () => {
  it('sorts by citations and year both ways, unknown values last', () => {
    expect(titles(sortNodes(graph.nodes, 'citations', 'desc'))).toEqual(['B', 'D', 'A', 'C']);
    expect(titles(sortNodes(graph.nodes, 'citations', 'asc'))).toEqual(['D', 'B', 'A', 'C']);
    expect(titles(sortNodes(graph.nodes, 'year', 'desc'))).toEqual(['D', 'B', 'A', 'C']);
  });

  it('sorts by title', () => {
    expect(titles(sortNodes(graph.nodes, 'title', 'asc'))).toEqual(['A', 'B', 'C', 'D']);
  });

  it('sorts by how often the neighbourhood cites each paper', () => {
    const local = new Map([
      [paper(2).id, 1],
      [paper(3).id, 4],
      [paper(4).id, 0],
    ]);
    expect(titles(sortNodes(graph.nodes, 'local', 'desc', local))).toEqual(['A', 'B', 'D', 'C']);
  });
});
