import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { buildCitationGraph } from '../graph/citation-graph';
import { radialLayout } from '../graph/layout/radial';
import { addExpansions } from '../graph/expansion';
import { addInterlinks } from '../graph/interlinks';
import { buildSeedGraph } from '../graph/seed-graph';
import { citing, link, paper, unresolvedLink } from '../test-support/papers';
import { nodeData, syncElements } from './elements';
import { applyPositions, presetPositions } from './layouts';

const centre = paper(1, { year: 2015, authors: [{ id: null, name: 'Grace Hopper' }] });

function sync(cy: cytoscape.Core, graph: ReturnType<typeof buildCitationGraph>) {
  return syncElements(cy, graph, radialLayout(graph));
}

describe('syncElements', () => {
  it('adds the centre and resolved neighbours by paperId, never unresolved entries', () => {
    const cy = cytoscape({ headless: true });
    const graph = buildCitationGraph({
      centre,
      references: [link(paper(2)), unresolvedLink('Lost')],
      citations: [link(paper(3))],
    });
    expect(sync(cy, graph)).toEqual({ added: 3, removed: 0, edgesChanged: 2 });
    expect(
      cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual([paper(1).id, paper(2).id, paper(3).id].sort());
    expect(cy.getElementById(paper(3).id).data('relation')).toBe('citation');
    expect(cy.edges()).toHaveLength(2);
    expect(
      cy
        .getElementById(`${paper(3).id}->${paper(1).id}`)
        .source()
        .id(),
    ).toBe(paper(3).id);
  });

  it('gives edges with the centre their influence and intents, as data and classes', () => {
    const cy = cytoscape({ headless: true });
    const graph = addInterlinks(
      buildCitationGraph({
        centre,
        references: [citing(paper(2), ['background', 'result'])],
        citations: [
          citing(paper(3), ['methodology', 'background'], true),
          citing(paper(4), [], true),
        ],
      }),
      new Map([[paper(3).id, [paper(2).id]]]),
    );
    sync(cy, graph);
    const edge = (source: number, target: number) =>
      cy.getElementById(`${paper(source).id}->${paper(target).id}`);
    const classes = (source: number, target: number) =>
      edge(source, target)
        .classes()
        .filter((name) => name !== 'with-arrow')
        .sort();
    expect(edge(1, 2).data()).toMatchObject({
      influential: false,
      intents: ['background', 'result'],
    });
    expect(classes(1, 2)).toEqual(['intent-result']);
    expect(edge(3, 1).data()).toMatchObject({
      influential: true,
      intents: ['background', 'methodology'],
    });
    expect(classes(3, 1)).toEqual(['influential', 'intent-methodology']);
    expect(classes(4, 1)).toEqual(['influential', 'no-intent']);
    // A link among neighbours: the API gives no facts for it, and none are invented.
    expect(edge(3, 2).data()).toMatchObject({ influential: null, intents: null });
    expect(classes(3, 2)).toEqual([]);
  });

  it('patches by id: later pages add only new nodes and update relations in place', () => {
    const cy = cytoscape({ headless: true });
    sync(cy, buildCitationGraph({ centre, references: [link(paper(2))], citations: [] }));
    const before = cy.getElementById(paper(2).id);
    const result = sync(
      cy,
      buildCitationGraph({
        centre,
        references: [link(paper(2))],
        citations: [link(paper(2)), link(paper(4))],
      }),
    );
    expect(result).toEqual({ added: 1, removed: 0, edgesChanged: 2 });
    expect(cy.getElementById(paper(2).id)).toBe(before);
    expect(before.data('relation')).toBe('both');
    expect(cy.edges()).toHaveLength(3);
  });

  it('removes what the model no longer holds', () => {
    const cy = cytoscape({ headless: true });
    sync(
      cy,
      buildCitationGraph({ centre, references: [link(paper(2)), link(paper(3))], citations: [] }),
    );
    const result = sync(
      cy,
      buildCitationGraph({ centre, references: [link(paper(3))], citations: [] }),
    );
    expect(result).toEqual({ added: 0, removed: 1, edgesChanged: 1 });
    expect(cy.edges()).toHaveLength(1);
  });

  it('applies computed positions', () => {
    const cy = cytoscape({ headless: true });
    const graph = buildCitationGraph({
      centre,
      references: [link(paper(2, { year: 2001 }))],
      citations: [],
    });
    sync(cy, graph);
    applyPositions(cy, presetPositions(graph, 'timeline'));
    expect(cy.getElementById(paper(2).id).position('x')).toBeLessThan(0);
    expect(cy.getElementById(paper(1).id).position()).toEqual({ x: 0, y: 0 });
  });
});

describe('expanded papers', () => {
  it('are marked while expanded, and their papers drawn as second hop until collapsed', () => {
    const cy = cytoscape({ headless: true });
    const star = buildCitationGraph({ centre, references: [link(paper(2))], citations: [] });
    const grown = addExpansions(star, [
      { id: paper(2).id, references: [link(paper(20))], citations: [] },
    ]);
    sync(cy, grown);
    expect(cy.getElementById(paper(2).id).data('expanded')).toBe(true);
    expect(cy.getElementById(paper(20).id).data('hop')).toBe(2);
    expect(cy.nodes('[?expanded]').map((n) => n.id())).toEqual([paper(2).id]);
    sync(cy, star);
    expect(cy.getElementById(paper(2).id).data('expanded')).toBe(false);
    expect(cy.getElementById(paper(20).id).empty()).toBe(true);
  });
});

describe('nodeData', () => {
  it('labels a node "First-author Year" and carries relation, year and hop', () => {
    const data = nodeData({ key: centre.id, paper: centre, relation: 'centre' });
    expect(data).toMatchObject({
      id: centre.id,
      label: 'Hopper 2015',
      relation: 'centre',
      year: 2015,
      hop: 0,
    });
    expect(nodeData({ key: paper(2).id, paper: paper(2), relation: 'reference' }).hop).toBe(1);
    const second = { key: paper(3).id, paper: paper(3), relation: 'citation', hop: 2 } as const;
    expect(nodeData(second).hop).toBe(2);
  });
});

describe('a graph of several seeds', () => {
  it('marks every seed and gives each neighbour how many seeds it links to', () => {
    const graph = buildSeedGraph([
      { seed: paper(1), references: [link(paper(10)), link(paper(11))], citations: [] },
      { seed: paper(2), references: [link(paper(10))], citations: [] },
    ]);
    const cy = cytoscape({ headless: true });
    sync(cy, graph);
    expect(
      cy
        .nodes('[?seed]')
        .map((n) => n.id())
        .sort(),
    ).toEqual([paper(1).id, paper(2).id]);
    expect(cy.getElementById(paper(10).id).data('seedLinks')).toBe(2);
    expect(cy.getElementById(paper(11).id).data('seedLinks')).toBe(1);
    expect(cy.getElementById(paper(2).id).data('hop')).toBe(0);
    // Only the first seed is the centre whose label is always drawn.
    expect(cy.nodes('[?main]').map((n) => n.id())).toEqual([paper(1).id]);
    // A third seed citing paper 11 changes its count in place.
    const grown = buildSeedGraph([
      { seed: paper(1), references: [link(paper(10)), link(paper(11))], citations: [] },
      { seed: paper(2), references: [link(paper(10))], citations: [] },
      { seed: paper(3), references: [link(paper(11))], citations: [] },
    ]);
    sync(cy, grown);
    expect(cy.getElementById(paper(11).id).data('seedLinks')).toBe(2);
  });
});
