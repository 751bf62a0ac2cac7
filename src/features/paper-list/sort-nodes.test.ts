import { describe, expect, it } from 'vitest';
import { buildCitationGraph } from '../../graph/citation-graph';
import { citing, link, paper, unresolvedLink } from '../../test-support/papers';
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

describe('sortNodes by how papers cite', () => {
  const cited = buildCitationGraph({
    centre: paper(1),
    references: [],
    citations: [
      citing(paper(5, { title: 'E' }), ['result']),
      citing(paper(6, { title: 'F' }), [], true),
      citing(paper(7, { title: 'G' }), ['background', 'methodology'], true),
      citing(paper(8, { title: 'H' }), ['methodology']),
    ],
  });

  it('puts influential links first, then by title', () => {
    expect(titles(sortNodes(cited.nodes, 'influential', 'desc'))).toEqual(['F', 'G', 'E', 'H']);
  });

  it('orders by intents both ways, links giving none last', () => {
    expect(titles(sortNodes(cited.nodes, 'intents', 'asc'))).toEqual(['G', 'H', 'E', 'F']);
    expect(titles(sortNodes(cited.nodes, 'intents', 'desc'))).toEqual(['E', 'H', 'G', 'F']);
  });
});

describe('sortNodes by PageRank', () => {
  it('puts the highest rank first, papers without one last', () => {
    const ranks = new Map([
      [paper(2).id, 0.1],
      [paper(4).id, 0.3],
      [paper(3).id, 0.2],
    ]);
    expect(titles(sortNodes(graph.nodes, 'rank', 'desc', null, ranks))).toEqual([
      'D',
      'A',
      'B',
      'C',
    ]);
  });
});
