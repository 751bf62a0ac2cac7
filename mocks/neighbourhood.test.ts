import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TwinDataset } from './dataset';
import { generateNeighbourhood } from './neighbourhood';

const distinctResolved = (dataset: TwinDataset, list: 'citations' | 'references', id: string) =>
  new Set((dataset[list].get(id) ?? []).flatMap((entry) => (entry.paperId ? [entry.paperId] : [])));

describe('generateNeighbourhood', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const options = { seed: 9, citations: 300, references: 20, nullRate: 0.2 };
    const a = generateNeighbourhood(options);
    const b = generateNeighbourhood(options);
    const c = generateNeighbourhood({ ...options, seed: 10 });
    expect(b.centreId).toBe(a.centreId);
    expect([...b.dataset.papers.values()]).toEqual([...a.dataset.papers.values()]);
    expect(b.dataset.citations.get(b.centreId)).toEqual(a.dataset.citations.get(a.centreId));
    expect(c.centreId).not.toBe(a.centreId);
    expect(a.centreId).toMatch(/^[0-9a-f]{40}$/);
  });

  it('builds the requested lists, quirks included', () => {
    const { dataset, centreId } = generateNeighbourhood({
      seed: 1,
      citations: 2500,
      references: 60,
      unresolvedReferences: 6,
      duplicateCitations: 3,
      nullRate: 0.2,
    });
    const centre = dataset.papers.get(centreId);
    expect(dataset.citations.get(centreId)).toHaveLength(2503);
    expect(distinctResolved(dataset, 'citations', centreId).size).toBe(2500);
    expect(dataset.references.get(centreId)?.filter((e) => e.paperId === null)).toHaveLength(6);
    expect(centre?.citationCount).toBe(2500);
    expect(centre?.referenceCount).toBe(66);
    const papers = [...dataset.papers.values()];
    expect(papers.some((paper) => paper.abstract === null)).toBe(true);
    expect(papers.some((paper) => paper.venue === '' || paper.venue === null)).toBe(true);
  });

  it('can report more citations than the list holds', () => {
    const { dataset, centreId } = generateNeighbourhood({
      seed: 3,
      citations: 50,
      reportedCitationCount: 12_000,
    });
    expect(dataset.papers.get(centreId)?.citationCount).toBe(12_000);
    expect(dataset.citations.get(centreId)).toHaveLength(50);
  });

  it('makes every neighbour a paper whose own counts match its lists', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 0, max: 40 }),
        (seed, citations, references) => {
          const { dataset, centreId, citingIds, referenceIds } = generateNeighbourhood({
            seed,
            citations,
            references,
            unresolvedReferences: 2,
          });
          for (const id of [centreId, ...citingIds, ...referenceIds]) {
            const paper = dataset.papers.get(id);
            expect(paper).toBeDefined();
            const cited = distinctResolved(dataset, 'citations', id).size;
            const unresolved = (dataset.references.get(id) ?? []).filter((e) => !e.paperId).length;
            expect(paper?.citationCount).toBe(cited);
            expect(paper?.referenceCount).toBe(
              distinctResolved(dataset, 'references', id).size + unresolved,
            );
          }
          expect(citingIds).toHaveLength(citations);
          expect(referenceIds).toHaveLength(references);
        },
      ),
      { numRuns: 25 },
    );
  });
});
