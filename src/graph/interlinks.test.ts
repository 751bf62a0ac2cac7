import { describe, expect, it } from 'vitest';
import { link, paper, unresolvedLink } from '../test-support/papers';
import { buildCitationGraph } from './citation-graph';
import { addInterlinks, localCitationCounts } from './interlinks';

const id = (n: number): string => paper(n).id;
const centre = paper(1);
// References 2, 3 and an unresolved entry; citations 4, 5; 3 is also a citation ("both").
const graph = buildCitationGraph({
  centre,
  references: [link(paper(2)), link(paper(3)), unresolvedLink('A lost paper')],
  citations: [link(paper(4)), link(paper(5)), link(paper(3))],
});
const pairs = (edges: readonly { source: string; target: string }[]) =>
  edges.map((edge) => [edge.source, edge.target]);

describe('addInterlinks', () => {
  it('adds the links between neighbours after the centre edges, keyed like them, with no facts', () => {
    const linked = addInterlinks(
      graph,
      new Map([
        [id(4), [id(2), id(3)]],
        [id(3), [id(2)]],
      ]),
    );
    expect(linked.edges.slice(0, graph.edges.length)).toEqual(graph.edges);
    expect(linked.edges.slice(graph.edges.length)).toEqual([
      { key: `${id(3)}->${id(2)}`, source: id(3), target: id(2), facts: null },
      { key: `${id(4)}->${id(2)}`, source: id(4), target: id(2), facts: null },
      { key: `${id(4)}->${id(3)}`, source: id(4), target: id(3), facts: null },
    ]);
    expect(linked.nodes).toBe(graph.nodes);
    expect(graph.edges).toHaveLength(5);
  });

  it('adds no nodes, no centre edges, no self-links and no repeats', () => {
    const linked = addInterlinks(
      graph,
      new Map([
        // The centre, a paper outside the graph, itself, and a neighbour twice.
        [id(5), [id(1), id(99), id(5), id(2), id(2)]],
        // Links from the centre are the centre's own edges: not this function's to add.
        [id(1), [id(4)]],
        [id(99), [id(2)]],
        ['unresolved:0', [id(2)]],
      ]),
    );
    expect(pairs(linked.edges.slice(graph.edges.length))).toEqual([[id(5), id(2)]]);
    expect(new Set(linked.edges.map((e) => e.key)).size).toBe(linked.edges.length);
  });

  it('gives the same edges in the same order whatever the order of the lists', () => {
    const forward = new Map([
      [id(5), [id(2), id(3), id(4)]],
      [id(4), [id(3), id(2)]],
    ]);
    const backward = new Map([
      [id(4), [id(2), id(3)]],
      [id(5), [id(4), id(3), id(2)]],
    ]);
    expect(addInterlinks(graph, backward).edges).toEqual(addInterlinks(graph, forward).edges);
  });

  it('adds nothing the second time: links already drawn are not repeated', () => {
    const lists = new Map([[id(4), [id(2), id(5)]]]);
    const once = addInterlinks(graph, lists);
    expect(addInterlinks(once, lists).edges).toEqual(once.edges);
  });

  it('returns the star unchanged when there is nothing to add', () => {
    expect(addInterlinks(graph, new Map()).edges).toEqual(graph.edges);
  });
});

describe('localCitationCounts', () => {
  it('counts, for every node, the papers of the neighbourhood citing it', () => {
    const star = localCitationCounts(graph);
    expect(Object.fromEntries(star)).toEqual({
      [id(1)]: 3,
      [id(2)]: 1,
      [id(3)]: 1,
      [id(4)]: 0,
      [id(5)]: 0,
      'unresolved:0': 0,
    });
    const linked = addInterlinks(
      graph,
      new Map([
        [id(4), [id(2), id(3)]],
        [id(5), [id(2), id(4)]],
      ]),
    );
    const counts = localCitationCounts(linked);
    expect(counts.get(id(2))).toBe(3);
    expect(counts.get(id(3))).toBe(2);
    expect(counts.get(id(4))).toBe(1);
    expect(counts.get(id(1))).toBe(3);
  });
});
