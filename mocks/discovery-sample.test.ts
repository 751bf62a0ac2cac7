// The discovery sample's plan, checked against the lists the twin serves: every number the
// plan exports is recounted here from the dataset itself.
import { describe, expect, it } from 'vitest';
import {
  SAMPLE_DISCOVERY_ID,
  SAMPLE_DISCOVERY_PLAN,
  SAMPLE_EXPANSION_ID,
  SAMPLE_EXPANSION_KNOWN_CITERS,
  SAMPLE_EXPANSION_MAX_REQUESTS,
  SAMPLE_EXPANSION_NEW_PAPERS,
  SAMPLE_HUB_CITED_BY,
  SAMPLE_HUB_ID,
  SAMPLE_TWIN_CO_CITED_BY,
  SAMPLE_TWIN_ID,
  sampleExpansionOutcome,
} from './discovery-sample';
import { createSampleDataset } from './sample';
import { useTwinServer } from './twin-test-kit';

const dataset = createSampleDataset();
const twin = useTwinServer(() => dataset);

const ids = (list: 'citations' | 'references', id: string): string[] =>
  (dataset[list].get(id) ?? []).flatMap((entry) => (entry.paperId ? [entry.paperId] : []));
const references = ids('references', SAMPLE_DISCOVERY_ID);
const citations = ids('citations', SAMPLE_DISCOVERY_ID);
const neighbours = new Set([...references, ...citations]);
const inGraph = new Set([SAMPLE_DISCOVERY_ID, ...neighbours]);

/** Outside papers by how many neighbours cite them, most first. */
function outsideCounts(): [string, number][] {
  const counts = new Map<string, number>();
  for (const neighbour of neighbours) {
    for (const id of new Set(ids('references', neighbour))) {
      if (!inGraph.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

describe('the discovery sample', () => {
  it('has the planned neighbourhood: 40 references and 200 citations, none both', () => {
    expect(references).toHaveLength(SAMPLE_DISCOVERY_PLAN.references);
    expect(citations).toHaveLength(SAMPLE_DISCOVERY_PLAN.citations);
    expect(neighbours.size).toBe(references.length + citations.length);
  });

  it('plants a hub outside it, cited by 60 neighbours, twice as many as any other', () => {
    expect(SAMPLE_HUB_CITED_BY).toBe(60);
    expect(inGraph.has(SAMPLE_HUB_ID)).toBe(false);
    const [first, second] = outsideCounts();
    expect(first).toEqual([SAMPLE_HUB_ID, SAMPLE_HUB_CITED_BY]);
    expect(second?.[1]).toBeLessThanOrEqual(SAMPLE_HUB_CITED_BY / 2);
    expect(second?.[1]).toBeGreaterThanOrEqual(2);
  });

  it('plants a twin among the citations that cites every reference and is co-cited', () => {
    expect(citations).toContain(SAMPLE_TWIN_ID);
    expect(ids('references', SAMPLE_TWIN_ID).sort()).toEqual(
      [SAMPLE_DISCOVERY_ID, ...references].sort(),
    );
    const coCiters = ids('citations', SAMPLE_TWIN_ID).filter((id) => citations.includes(id));
    expect(coCiters).toHaveLength(SAMPLE_TWIN_CO_CITED_BY);
    expect(SAMPLE_TWIN_CO_CITED_BY).toBe(12);
  });

  it('plants an expansion whose lists hold exactly the stated known and new papers', () => {
    expect(references).toContain(SAMPLE_EXPANSION_ID);
    const itsReferences = ids('references', SAMPLE_EXPANSION_ID);
    const itsCitations = ids('citations', SAMPLE_EXPANSION_ID);
    expect([itsReferences.length, itsCitations.length]).toEqual([25, 1400]);
    const isNew = (id: string) => !inGraph.has(id);
    const within = (list: string[], budget: number) => list.slice(0, budget).filter(isNew).length;
    expect(itsCitations.length - within(itsCitations, Infinity)).toBe(
      SAMPLE_EXPANSION_KNOWN_CITERS,
    );
    expect(new Set([...itsReferences, ...itsCitations]).size).toBe(25 + 1400);
    for (const budget of [Infinity, 1000, 500]) {
      const outcome = sampleExpansionOutcome(budget);
      expect(outcome.newReferences, `references within ${budget}`).toBe(
        within(itsReferences, budget),
      );
      expect(outcome.newCitations, `citations within ${budget}`).toBe(within(itsCitations, budget));
    }
    expect(SAMPLE_EXPANSION_NEW_PAPERS).toBe(22 + 1394);
    expect(SAMPLE_EXPANSION_MAX_REQUESTS).toBe(1 + 1 + 2);
    expect(sampleExpansionOutcome(1000)).toMatchObject({ newPapers: 22 + 994, listRequests: 2 });
  });

  it('embeds at most 1,000 citing papers of the expansion on a batch, in list order', async () => {
    const fields = 'references.paperId,citations.paperId';
    const res = await twin.post(`/paper/batch?fields=${fields}`, { ids: [SAMPLE_EXPANSION_ID] });
    const [answer] = res.body as [{ references: unknown[]; citations: { paperId: string }[] }];
    expect(answer.references).toHaveLength(25);
    expect(answer.citations.map((entry) => entry.paperId)).toEqual(
      ids('citations', SAMPLE_EXPANSION_ID).slice(0, 1000),
    );
  });
});
