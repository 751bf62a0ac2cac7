import { describe, expect, it } from 'vitest';
import { buildCitationGraph } from './citation-graph';
import { addExpansions } from './expansion';
import { citing, link, paper, unresolvedLink } from '../test-support/papers';

const id = (n: number) => paper(n).id;
// Centre 1 cites 2 and 3; 4 cites it.
const graph = buildCitationGraph({
  centre: paper(1),
  references: [link(paper(2)), link(paper(3))],
  citations: [link(paper(4))],
});

describe('addExpansions', () => {
  // Expanding 2: it cites 3 (already here) and 10, 11; 4 (here) and 12 cite it.
  const expanded = addExpansions(graph, [
    {
      id: id(2),
      references: [link(paper(3)), citing(paper(10), ['methodology'], true), link(paper(11))],
      citations: [link(paper(4)), link(paper(12)), unresolvedLink('Lost')],
    },
  ]);

  it('adds only the papers not drawn, as second-hop papers related to the expanded one', () => {
    const added = expanded.nodes.filter((node) => node.hop === 2);
    expect(added.map((node) => [node.key, node.relation, node.via])).toEqual([
      [id(10), 'reference', id(2)],
      [id(11), 'reference', id(2)],
      [id(12), 'citation', id(2)],
    ]);
    // Everything drawn before is still there, unchanged, in its place in the list.
    expect(expanded.nodes.slice(0, graph.nodes.length)).toEqual(graph.nodes);
  });

  it('names the papers expanded, once each, and only those drawn', () => {
    expect(expanded.expanded).toEqual([id(2)]);
    const again = addExpansions(expanded, [
      { id: id(2), references: [], citations: [] },
      { id: id(99), references: [link(paper(10))], citations: [] },
    ]);
    expect(again.expanded).toEqual([id(2)]);
  });

  it('links the expanded paper to every paper of its lists, keeping their facts', () => {
    const keys = expanded.edges.slice(graph.edges.length).map((edge) => edge.key);
    expect(keys).toEqual([
      `${id(2)}->${id(3)}`,
      `${id(2)}->${id(10)}`,
      `${id(2)}->${id(11)}`,
      `${id(4)}->${id(2)}`,
      `${id(12)}->${id(2)}`,
    ]);
    const toTen = expanded.edges.find((edge) => edge.key === `${id(2)}->${id(10)}`);
    expect(toTen?.facts).toMatchObject({ isInfluential: true, intents: ['methodology'] });
  });

  it('adds nothing twice when a paper is expanded again, and nothing for a paper not drawn', () => {
    const twice = addExpansions(expanded, [
      { id: id(2), references: [link(paper(10))], citations: [] },
      { id: id(99), references: [link(paper(98))], citations: [] },
    ]);
    expect(twice.nodes).toHaveLength(expanded.nodes.length);
    expect(twice.edges).toHaveLength(expanded.edges.length);
  });

  it('brings in a paper not drawn when its details come with it, linked to what cites it', () => {
    // 50 is cited by 3 and 4 (drawn) and by 51 (not drawn); it cites 52.
    const prior = addExpansions(graph, [
      {
        id: id(50),
        paper: paper(50),
        references: [link(paper(52))],
        citations: [link(paper(3)), link(paper(4)), link(paper(51))],
      },
    ]);
    const added = prior.nodes.slice(graph.nodes.length);
    expect(added.map((node) => [node.key, node.relation, node.hop, node.via])).toEqual([
      [id(50), 'reference', 2, undefined],
      [id(52), 'reference', 2, id(50)],
      [id(51), 'citation', 2, id(50)],
    ]);
    const keys = prior.edges.slice(graph.edges.length).map((edge) => edge.key);
    expect(keys).toContain(`${id(3)}->${id(50)}`);
    expect(keys).toContain(`${id(4)}->${id(50)}`);
    expect(prior.expanded).toEqual([id(50)]);
  });

  it('counts a paper brought in that only cites the graph as a citation', () => {
    const later = addExpansions(graph, [
      { id: id(60), paper: paper(60), references: [link(paper(2))], citations: [] },
    ]);
    expect(later.nodes.find((node) => node.key === id(60))?.relation).toBe('citation');
  });
});
