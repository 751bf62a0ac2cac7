import { describe, expect, it } from 'vitest';
import { buildCitationGraph } from '../citation-graph';
import { addExpansions } from '../expansion';
import { link, paper } from '../../test-support/papers';
import { priorWorks } from './prior-works';
import { similarPapers } from './similar-papers';

// Centre 1 cites 2, 3, 4; 5, 6 and 7 cite it. Outside: 90 (a hub cited by four neighbours),
// 91 (cited by two), 92 (by one). Paper 6 cites exactly what the centre cites: its twin.
const id = (n: number) => paper(n).id;
const graph = buildCitationGraph({
  centre: paper(1),
  references: [link(paper(2)), link(paper(3)), link(paper(4))],
  citations: [link(paper(5)), link(paper(6)), link(paper(7))],
});
const referencesOf = new Map<string, string[]>([
  [id(2), [id(90), id(91)]],
  [id(3), [id(90)]],
  [id(4), [id(90), id(92)]],
  [id(5), [id(1), id(90), id(91), id(2)]],
  [id(6), [id(1), id(2), id(3), id(4)]],
  [id(7), [id(1)]],
]);

describe('priorWorks', () => {
  it('ranks papers outside the graph by how many neighbours cite them', () => {
    const works = priorWorks(graph, referencesOf);
    expect(works.map((w) => [w.id, w.citedBy.length])).toEqual([
      [id(90), 4],
      [id(91), 2],
    ]);
    expect(works[0]?.citedBy).toEqual([id(2), id(3), id(4), id(5)]);
  });

  it('keeps a paper cited once only when asked, and never the graph’s own papers', () => {
    const all = priorWorks(graph, referencesOf, 1).map((w) => w.id);
    expect(all).toEqual([id(90), id(91), id(92)]);
    expect(all).not.toContain(id(1));
    expect(all).not.toContain(id(2));
  });

  it('keeps a prior work once an expansion has drawn it', () => {
    const grown = addExpansions(graph, [
      { id: id(90), paper: paper(90), references: [], citations: [link(paper(2))] },
    ]);
    expect(grown.nodes.some((node) => node.key === id(90))).toBe(true);
    expect(priorWorks(grown, referencesOf)).toEqual(priorWorks(graph, referencesOf));
  });
});

describe('similarPapers', () => {
  it('puts the paper citing exactly what the centre cites first', () => {
    const ranked = similarPapers(graph, referencesOf);
    expect(ranked[0]?.id).toBe(id(6));
    expect(ranked[0]?.similarity.sharedReferences).toBe(3);
  });

  it('counts co-citation: papers of the graph citing both', () => {
    // 2 is cited by the centre, by 5 and by 6; 5 and 6 cite the centre too.
    const two = similarPapers(graph, referencesOf).find((p) => p.id === id(2));
    expect(two?.similarity.coCitedBy).toBe(2);
  });

  it('leaves out papers that share nothing with the centre', () => {
    const ranked = similarPapers(graph, referencesOf).map((p) => p.id);
    expect(ranked).not.toContain(id(7));
  });
});
