import { describe, expect, it } from 'vitest';
import { buildCitationGraph } from '../citation-graph';
import { addExpansions } from '../expansion';
import { link, paper } from '../../test-support/papers';
import { derivativeWorks } from './derivative-works';

// Centre 1 cites 2, 3, 4; 5, 6, 7 and 8 cite it. 6 cites the whole neighbourhood, 5 and 8 three
// papers of it each (a tie), 7 only the centre. 2 is a reference: it cites 3 and 4 but came
// before the centre, so it is no derivative work. 90 lies outside the graph.
const id = (n: number) => paper(n).id;
const graph = buildCitationGraph({
  centre: paper(1),
  references: [link(paper(2)), link(paper(3)), link(paper(4))],
  citations: [link(paper(5)), link(paper(6)), link(paper(7)), link(paper(8))],
});
const referencesOf = new Map<string, string[]>([
  [id(2), [id(3), id(4)]],
  [id(5), [id(1), id(2), id(3), id(90)]],
  [id(6), [id(4), id(3), id(2), id(1)]],
  [id(7), [id(1)]],
  [id(8), [id(1), id(4), id(4), id(2), id(8)]],
]);
const counts = (works: ReturnType<typeof derivativeWorks>) =>
  works.map((work) => [work.id, work.cites.length]);

describe('derivativeWorks', () => {
  it('ranks the citing papers by how many papers of the graph they cite, ties by id', () => {
    expect(counts(derivativeWorks(graph, referencesOf))).toEqual([
      [id(6), 4],
      [id(5), 3],
      [id(8), 3],
    ]);
  });

  it('names what each cites, the centre first and then in the graph’s order', () => {
    const six = derivativeWorks(graph, referencesOf).find((work) => work.id === id(6));
    expect(six?.cites).toEqual([id(1), id(2), id(3), id(4)]);
  });

  it('counts each cited paper once and never a paper outside the graph or itself', () => {
    const works = derivativeWorks(graph, referencesOf);
    expect(works.find((work) => work.id === id(8))?.cites).toEqual([id(1), id(2), id(4)]);
    expect(works.find((work) => work.id === id(5))?.cites).not.toContain(id(90));
  });

  it('leaves out references of the centre and papers citing only the centre, unless asked', () => {
    const ids = derivativeWorks(graph, referencesOf).map((work) => work.id);
    expect(ids).not.toContain(id(2));
    expect(ids).not.toContain(id(7));
    expect(counts(derivativeWorks(graph, referencesOf, 1))).toContainEqual([id(7), 1]);
  });

  it('reads the centre’s own links when no reference list is loaded', () => {
    // Without the lists, every citing neighbour cites the centre and nothing else is known.
    expect(derivativeWorks(graph, new Map())).toEqual([]);
    expect(counts(derivativeWorks(graph, new Map(), 1))).toEqual([
      [id(5), 1],
      [id(6), 1],
      [id(7), 1],
      [id(8), 1],
    ]);
  });

  it('counts second-hop papers by the links their expansions drew and any list loaded', () => {
    // Expanding 2 adds 9, which cites 2; 9's own list, when loaded, names the centre and 3 too.
    const expanded = addExpansions(graph, [
      { id: id(2), references: [link(paper(10))], citations: [link(paper(9)), link(paper(6))] },
    ]);
    expect(counts(derivativeWorks(expanded, referencesOf, 1))).toContainEqual([id(9), 1]);
    const withNine = new Map([...referencesOf, [id(9), [id(1), id(3)]]]);
    const works = derivativeWorks(expanded, withNine);
    expect(counts(works)).toEqual([
      [id(6), 4],
      [id(5), 3],
      [id(8), 3],
      [id(9), 3],
    ]);
    expect(works.at(-1)?.cites).toEqual([id(1), id(2), id(3)]);
  });

  it('is in rank order whatever order the lists arrive in', () => {
    const reversed = new Map([...referencesOf].reverse());
    expect(derivativeWorks(graph, reversed)).toEqual(derivativeWorks(graph, referencesOf));
  });
});
