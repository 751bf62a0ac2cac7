import { beforeAll, describe, expect, it } from 'vitest';
import type { TwinDataset } from './dataset';
import * as sample from './sample';
import { IMPORT_SAMPLE_PAPERS } from './import-sample';

let dataset: TwinDataset;
beforeAll(() => {
  dataset = sample.createSampleDataset();
});

const resolved = (list: 'citations' | 'references', id: string): string[] => [
  ...new Set(
    (dataset[list].get(id) ?? []).flatMap((entry) => (entry.paperId ? [entry.paperId] : [])),
  ),
];

describe('the offline sample', () => {
  it('is deterministic', () => {
    const again = sample.createSampleDataset();
    expect([...again.papers.keys()]).toEqual([...dataset.papers.keys()]);
    expect(again.citations.get(sample.SAMPLE_CENTRE_ID)).toEqual(
      dataset.citations.get(sample.SAMPLE_CENTRE_ID),
    );
  });

  it('has a centre with 50+ references, some unresolved, and 300+ citations over 10+ years', () => {
    const centre = dataset.papers.get(sample.SAMPLE_CENTRE_ID);
    expect(centre?.externalIds).toMatchObject({
      DOI: sample.SAMPLE_CENTRE_DOI,
      ArXiv: sample.SAMPLE_CENTRE_ARXIV,
    });
    expect(dataset.keys.get(`doi:${sample.SAMPLE_CENTRE_DOI.toLowerCase()}`)).toBe(centre?.paperId);
    const references = dataset.references.get(sample.SAMPLE_CENTRE_ID) ?? [];
    expect(resolved('references', sample.SAMPLE_CENTRE_ID)).toHaveLength(55);
    expect(references.filter((entry) => entry.paperId === null)).toHaveLength(6);
    const citers = resolved('citations', sample.SAMPLE_CENTRE_ID);
    expect(citers.length).toBeGreaterThanOrEqual(300);
    const years = new Set(citers.map((id) => dataset.papers.get(id)?.year));
    expect(years.size).toBeGreaterThanOrEqual(10);
    expect(centre?.referenceCount).toBe(61);
    expect(centre?.citationCount).toBe(citers.length + 1);
  });

  it('links some of the centre neighbours among each other', () => {
    const neighbours = new Set([
      ...resolved('citations', sample.SAMPLE_CENTRE_ID),
      ...resolved('references', sample.SAMPLE_CENTRE_ID),
    ]);
    const inner = [...neighbours].filter((id) =>
      resolved('references', id).some((cited) => neighbours.has(cited)),
    );
    expect(inner.length).toBeGreaterThan(20);
  });

  it('makes every neighbour openable, with its own lists', () => {
    for (const list of ['citations', 'references'] as const) {
      for (const id of resolved(list, sample.SAMPLE_CENTRE_ID)) {
        const paper = dataset.papers.get(id);
        expect(paper).toBeDefined();
        expect(dataset.references.has(id) && dataset.citations.has(id)).toBe(true);
      }
    }
  });

  it('has a heavy paper with thousands of citations, reporting more than it lists', () => {
    const heavy = dataset.papers.get(sample.SAMPLE_HEAVY_ID);
    const listed = resolved('citations', sample.SAMPLE_HEAVY_ID).length;
    expect(listed).toBeGreaterThanOrEqual(3000);
    expect(listed).toBeLessThanOrEqual(5000);
    expect(heavy?.citationCount).toBe(listed + sample.SAMPLE_HEAVY_UNLISTED_CITATIONS);
  });

  it('has a recent paper with references and no citations', () => {
    const paper = dataset.papers.get(sample.SAMPLE_NO_CITATIONS_ID);
    expect(paper?.year).toBe(2025);
    expect(paper?.citationCount).toBe(0);
    expect(dataset.citations.get(sample.SAMPLE_NO_CITATIONS_ID)).toEqual([]);
    expect(resolved('references', sample.SAMPLE_NO_CITATIONS_ID).length).toBeGreaterThan(5);
  });

  it('has nulls where the real API has them, and examples that exist', () => {
    const papers = [...dataset.papers.values()];
    for (const field of ['year', 'abstract', 'venue', 'authors', 'journal', 'tldr'] as const) {
      expect(papers.some((paper) => paper[field] === null)).toBe(true);
    }
    // The import sample's papers keep their real years (1926 …), outside the synthetic range,
    // and so do the papers around them.
    const imported = new Set<string>(IMPORT_SAMPLE_PAPERS.map((paper) => paper.paperId));
    for (const id of [...imported]) {
      const around = [...(dataset.references.get(id) ?? []), ...(dataset.citations.get(id) ?? [])];
      for (const entry of around) if (entry.paperId) imported.add(entry.paperId);
    }
    expect(
      papers.filter(
        (paper) =>
          paper.year !== null &&
          (paper.year > 2025 || (paper.year < 1995 && !imported.has(paper.paperId))),
      ),
    ).toEqual([]);
    for (const example of sample.SAMPLE_EXAMPLES) {
      expect(dataset.papers.get(example.id)?.title).toBe(example.label);
    }
  });
});
