// The discovery sample through the real client and the real scores: what Discover and one
// expansion would compute from the twin's answers, and how many requests each takes.
import { beforeAll, describe, expect, it } from 'vitest';
import { createS2Client } from '../src/api/client';
import { buildCitationGraph, type CitationGraph } from '../src/graph/citation-graph';
import { priorWorks } from '../src/graph/discovery/prior-works';
import { similarPapers } from '../src/graph/discovery/similar-papers';
import { addExpansions } from '../src/graph/expansion';
import { withServer } from '../tests/support/msw-server';
import {
  SAMPLE_DISCOVERY_ID,
  SAMPLE_EXPANSION_ID,
  SAMPLE_HUB_CITED_BY,
  SAMPLE_HUB_ID,
  SAMPLE_TWIN_CO_CITED_BY,
  SAMPLE_TWIN_ID,
  sampleExpansionOutcome,
} from './discovery-sample';
import { createRequestCounter } from './handler-context';
import { createTwinServer } from './node';
import { S2_BASE_URL } from './s2-handlers';
import { createSampleDataset } from './sample';

const counter = createRequestCounter();
withServer(createTwinServer(createSampleDataset(), { onRequest: counter.onRequest }));
const client = createS2Client({ baseUrl: S2_BASE_URL, paceMs: 0 });

let graph: CitationGraph;
beforeAll(async () => {
  const centre = await client.getPaper(SAMPLE_DISCOVERY_ID);
  graph = buildCitationGraph({
    centre,
    references: (await client.getAllLinks(centre.id, 'references')).links,
    citations: (await client.getAllLinks(centre.id, 'citations')).links,
  });
  counter.reset();
});

async function referenceIds() {
  return client.getReferenceIds(graph.nodes.map((node) => node.key));
}

describe('Discover over the discovery sample', () => {
  it('ranks the hub first among the prior works, with its count, from one batch', async () => {
    counter.reset();
    const works = priorWorks(graph, await referenceIds());
    expect(counter.requests.map((r) => r.endpoint)).toEqual(['batch']);
    expect(works[0]).toMatchObject({ id: SAMPLE_HUB_ID });
    expect(works[0]?.citedBy).toHaveLength(SAMPLE_HUB_CITED_BY);
    expect(works[1]?.citedBy.length).toBeLessThan(SAMPLE_HUB_CITED_BY);
  });

  it('puts the twin in the top five similar papers, sharing all 40 references', async () => {
    const referencesOf = await referenceIds();
    const prior = priorWorks(graph, referencesOf).map((work) => work.id);
    const ranked = similarPapers(graph, referencesOf, prior.slice(0, 20));
    const twin = ranked.findIndex((paper) => paper.id === SAMPLE_TWIN_ID);
    expect(twin).toBeGreaterThanOrEqual(0);
    expect(twin).toBeLessThan(5);
    expect(ranked[twin]?.similarity).toMatchObject({
      sharedReferences: 40,
      coCitedBy: SAMPLE_TWIN_CO_CITED_BY,
    });
  });

  it('gets recommendations for the centre, the twin first', async () => {
    const recommended = await client.recommendForPaper(SAMPLE_DISCOVERY_ID);
    expect(recommended.length).toBeGreaterThan(0);
    expect(recommended[0]?.id).toBe(SAMPLE_TWIN_ID);
  });
});

describe('expanding the planted expansion', () => {
  it.each([
    ['no budget', Number.POSITIVE_INFINITY],
    ['a budget of 1,000 a direction', 1000],
  ])('adds exactly the stated new papers, keeps every node, with %s', async (_, budget) => {
    const node = graph.nodes.find((n) => n.key === SAMPLE_EXPANSION_ID);
    expect(node?.relation).toBe('reference');
    const id = node!.paper.id!;
    counter.reset();
    const references = await client.getAllLinks(id, 'references', { max: budget });
    const citations = await client.getAllLinks(id, 'citations', { max: budget });
    const expected = sampleExpansionOutcome(budget);
    expect(counter.count()).toBe(expected.listRequests);

    const grown = addExpansions(graph, [
      { id, references: references.links, citations: citations.links },
    ]);
    const before = new Set(graph.nodes.map((n) => n.key));
    const added = grown.nodes.filter((n) => !before.has(n.key));
    expect(added).toHaveLength(expected.newPapers);
    expect(added.every((n) => n.hop === 2 && n.via === SAMPLE_EXPANSION_ID)).toBe(true);
    expect(added.filter((n) => n.relation === 'reference')).toHaveLength(expected.newReferences);
    expect(grown.nodes.filter((n) => before.has(n.key))).toEqual(graph.nodes);
  });
});
