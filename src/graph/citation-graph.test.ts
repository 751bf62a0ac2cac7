import { describe, expect, it } from 'vitest';
import { buildCitationGraph } from './citation-graph';
import { countNeighbourhood, describeCounts } from './counts';
import { NO_FILTERS, nodeMatcher } from './filters';
import { citing, link, paper, unresolved, unresolvedLink } from '../test-support/papers';

const centre = paper(1, { referenceCount: 4, citationCount: 3 });

describe('buildCitationGraph', () => {
  it('marks references, citations and papers that are both, once each', () => {
    const graph = buildCitationGraph({
      centre,
      references: [link(paper(2)), link(paper(3))],
      citations: [link(paper(3)), link(paper(4))],
    });
    const relations = Object.fromEntries(graph.nodes.map((n) => [n.key, n.relation]));
    expect(relations).toEqual({
      [paper(2).id]: 'reference',
      [paper(3).id]: 'both',
      [paper(4).id]: 'citation',
    });
    expect(graph.edges.map((e) => [e.source, e.target])).toEqual([
      [centre.id, paper(2).id],
      [centre.id, paper(3).id],
      [paper(3).id, centre.id],
      [paper(4).id, centre.id],
    ]);
  });

  it('keeps unresolved references as nodes without edges', () => {
    const graph = buildCitationGraph({
      centre,
      references: [link(paper(2)), unresolvedLink('A lost paper'), unresolvedLink('Another')],
      citations: [],
    });
    const unresolved = graph.nodes.filter((n) => n.relation === 'unresolved');
    expect(unresolved.map((n) => n.paper.title)).toEqual(['A lost paper', 'Another']);
    expect(new Set(unresolved.map((n) => n.key)).size).toBe(2);
    expect(graph.edges).toHaveLength(1);
  });

  it("keeps each direction's facts on its edge and their union on the node", () => {
    const graph = buildCitationGraph({
      centre,
      references: [citing(paper(3), ['background']), citing(unresolved('Lost'), ['result'], true)],
      citations: [citing(paper(3), ['methodology'], true), citing(paper(4), [])],
    });
    const both = graph.nodes.find((n) => n.key === paper(3).id);
    expect(both).toMatchObject({ relation: 'both', isInfluential: true });
    expect(both?.intents).toEqual(['background', 'methodology']);
    expect(both?.citedByCentre?.intents).toEqual(['background']);
    expect(both?.citesCentre?.intents).toEqual(['methodology']);
    expect(both?.citesCentre?.contexts[0]?.text).toBe('Uses it for methodology.');
    const edgeFacts = Object.fromEntries(graph.edges.map((e) => [e.key, e.facts]));
    expect(edgeFacts[`${centre.id}->${paper(3).id}`]?.isInfluential).toBe(false);
    expect(edgeFacts[`${paper(3).id}->${centre.id}`]?.isInfluential).toBe(true);
    expect(edgeFacts[`${paper(4).id}->${centre.id}`]).toEqual({
      isInfluential: false,
      intents: [],
      contexts: [],
    });
    const lost = graph.nodes.find((n) => n.relation === 'unresolved');
    expect(lost).toMatchObject({ isInfluential: true, intents: ['result'] });
    expect(lost?.citedByCentre?.intents).toEqual(['result']);
    expect(lost?.citesCentre).toBeUndefined();
  });

  it('drops the centre if the API lists it as its own neighbour, and duplicates', () => {
    const graph = buildCitationGraph({
      centre,
      references: [link(centre), link(paper(2)), link(paper(2))],
      citations: [link(paper(5)), link(paper(5))],
    });
    expect(graph.nodes.map((n) => n.key)).toEqual([paper(2).id, paper(5).id]);
  });
});

describe('counts', () => {
  it('counts a paper that is both in each list and says "of M" when fewer are shown', () => {
    const graph = buildCitationGraph({
      centre: paper(1, { referenceCount: 3, citationCount: 10_059 }),
      references: [link(paper(2)), link(paper(3)), unresolvedLink('x')],
      citations: [link(paper(3)), link(paper(4))],
    });
    const counts = countNeighbourhood(graph);
    expect(counts.references).toEqual({ shown: 3, loaded: 3, total: 3 });
    expect(counts.citations).toEqual({ shown: 2, loaded: 2, total: 10_059 });
    expect(describeCounts(counts)).toBe('3 references · 2 of 10,059 citations');
  });

  it('applies the visibility predicate and never reports fewer total than loaded', () => {
    const graph = buildCitationGraph({
      centre: paper(1, { referenceCount: null, citationCount: 1 }),
      references: [link(paper(2, { year: 2001 })), link(paper(3, { year: 2010 }))],
      citations: [link(paper(4, { year: 2020 })), link(paper(5, { year: 2021 }))],
    });
    const counts = countNeighbourhood(graph, (n) => (n.paper.year ?? 0) >= 2010);
    expect(describeCounts(counts)).toBe('1 of 2 references · 2 citations');
  });
});

describe('unresolved citations', () => {
  it('count as citations, not references, and follow the citations toggle', () => {
    const graph = buildCitationGraph({
      centre: paper(1, { referenceCount: 1, citationCount: 2 }),
      references: [link(paper(2))],
      citations: [link(paper(3)), unresolvedLink('A citing preprint')],
    });
    const counts = countNeighbourhood(graph);
    expect(counts.references.loaded).toBe(1);
    expect(counts.citations.loaded).toBe(2);
    const hidden = graph.nodes.filter(
      (n) => !nodeMatcher({ ...NO_FILTERS, showCitations: false })(n),
    );
    expect(hidden.map((n) => n.paper.title)).toEqual(['Paper 3', 'A citing preprint']);
  });
});
