// The interlinks query over the twin: nothing is asked until it is enabled, the answer is plain
// JSON, and a longer neighbour list only asks for the neighbours not fetched before.
import { QueryClient, skipToken } from '@tanstack/react-query';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createS2Client } from '../src/api/client';
import { toPaperId } from '../src/domain/paper';
import { interlinksQueryOptions } from '../src/queries/interlinks-query';
import { PAPER_FRESHNESS } from '../src/queries/paper-queries';
import { createRequestCounter } from './handler-context';
import { generateNeighbourhood } from './neighbourhood';
import { createTwinServer } from './node';
import { S2_BASE_URL } from './s2-handlers';

const hood = generateNeighbourhood({ seed: 9, references: 300, citations: 400, interlinks: 150 });
const centreId = toPaperId(hood.centreId);
const neighbours = [...hood.referenceIds, ...hood.citingIds];
const counter = createRequestCounter();
const server = createTwinServer(hood.dataset, { onRequest: counter.onRequest });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  counter.reset();
});
afterAll(() => server.close());

const client = createS2Client({ baseUrl: S2_BASE_URL, paceMs: 0 });
const queryClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

describe('interlinksQueryOptions', () => {
  it('is keyed by centre and neighbour count, kept as long as papers, and off until enabled', () => {
    const off = interlinksQueryOptions(client, centreId, neighbours, false);
    expect(off.queryKey).toEqual(['papers', S2_BASE_URL, 'interlinks', centreId, 700]);
    expect(off.queryFn).toBe(skipToken);
    expect(off).toMatchObject({ staleTime: PAPER_FRESHNESS, gcTime: PAPER_FRESHNESS });
    expect(interlinksQueryOptions(client, undefined, neighbours, true).queryFn).toBe(skipToken);
    expect(interlinksQueryOptions(client, centreId, neighbours, true).queryFn).not.toBe(skipToken);
  });

  it('answers a JSON-safe record of every neighbour’s references', async () => {
    const record = await queryClient().query(
      interlinksQueryOptions(client, centreId, neighbours, true),
    );
    expect(counter.count('batch')).toBe(2);
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
    expect(Object.keys(record)).toHaveLength(neighbours.length);
    const citing = hood.citingIds[0] ?? '';
    const cited = (hood.dataset.references.get(citing) ?? []).map((entry) => entry.paperId);
    expect(record[citing]).toEqual(cited);
  });

  it('asks only for neighbours no earlier answer for this centre holds', async () => {
    const cache = queryClient();
    await cache.query(interlinksQueryOptions(client, centreId, neighbours.slice(0, 500), true));
    expect(counter.count('batch')).toBe(1);
    // 700 ids are two batches; with the first 500 known, one batch of 200 is left.
    const record = await cache.query(interlinksQueryOptions(client, centreId, neighbours, true));
    expect(counter.count('batch')).toBe(2);
    expect(Object.keys(record)).toHaveLength(700);
  });
});
