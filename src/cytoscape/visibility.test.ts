import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { buildCitationGraph } from '../graph/citation-graph';
import { radialLayout } from '../graph/layout/radial';
import { link, paper } from '../test-support/papers';
import { syncElements } from './elements';
import { applyVisibility } from './visibility';

const graph = buildCitationGraph({
  centre: paper(1, { year: 2010 }),
  references: [link(paper(2, { year: 2000 })), link(paper(3, { year: 2005 }))],
  citations: [link(paper(4, { year: 2015 }))],
});
const byKey = new Map(graph.nodes.map((n) => [n.key, n]));

describe('applyVisibility', () => {
  it('hides what the filter rejects, never the centre, and touches only what changes', () => {
    const cy = cytoscape({ headless: true });
    syncElements(cy, graph, radialLayout(graph));
    const after2004 = (n: { paper: { year: number | null } }) => (n.paper.year ?? 0) > 2004;
    expect(applyVisibility(cy, byKey, after2004)).toEqual({ hidden: 1, shown: 0 });
    expect(cy.$('.is-hidden').map((n) => n.id())).toEqual([paper(2).id]);
    // The same filter again changes nothing.
    expect(applyVisibility(cy, byKey, after2004)).toEqual({ hidden: 0, shown: 0 });
    expect(applyVisibility(cy, byKey, () => true)).toEqual({ hidden: 0, shown: 1 });
    expect(applyVisibility(cy, byKey, () => false)).toEqual({ hidden: 3, shown: 0 });
    expect(cy.getElementById(paper(1).id).hasClass('is-hidden')).toBe(false);
  });
});
