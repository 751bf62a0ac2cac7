// A heavily cited paper loaded through a storm of everything the real API does wrong — 429s
// with and without Retry-After, 429s that look like network errors, 500/502/504, a page cut
// short mid-body — must end with exactly the graph a calm day gives.
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { generateNeighbourhood } from '../../mocks/neighbourhood';
import { createTwinServer } from '../../mocks/node';
import { S2_BASE_URL } from '../../mocks/s2-handlers';
import { buildCitationGraph } from '../graph/citation-graph';
import { createS2Client } from './client';
import { RateLimitError } from './errors';
import { InstantClock } from './test-doubles';
import { withServer } from '../../tests/support/msw-server';

const world = generateNeighbourhood({
  seed: 25,
  citations: 2_500,
  references: 40,
  unresolvedReferences: 3,
  duplicateCitations: 4,
  nullRate: 0.3,
});
const server = createTwinServer(world.dataset);
withServer(server);

function client(maxRetries = 8) {
  return createS2Client({
    baseUrl: S2_BASE_URL,
    scheduler: {
      clock: new InstantClock(),
      minIntervalMs: 0,
      maxRetries,
      attemptTimeoutMs: Infinity,
    },
  });
}

async function neighbourhood(c = client()) {
  const centre = await c.getPaper(world.centreId);
  const [references, citations] = await Promise.all([
    c.getAllLinks(centre.id, 'references'),
    c.getAllLinks(centre.id, 'citations'),
  ]);
  return buildCitationGraph({ centre, references: references.links, citations: citations.links });
}

type Fault = () => Response | Promise<Response> | undefined;

const FAULTS: readonly Fault[] = [
  () =>
    HttpResponse.json(
      { message: 'Too Many Requests' },
      { status: 429, headers: { 'Retry-After': '3' } },
    ),
  () => HttpResponse.json({ message: 'Too Many Requests' }, { status: 429 }),
  () => HttpResponse.error(),
  () => HttpResponse.json({ message: 'Internal Server Error' }, { status: 500 }),
  () => HttpResponse.html('<html><body>502 Bad Gateway</body></html>', { status: 502 }),
  () => HttpResponse.json({ message: 'Endpoint request timed out' }, { status: 504 }),
  // A page cut short: the body ends in the middle of the JSON.
  () =>
    new HttpResponse('{"offset": 0, "next": 1000, "data": [{"citingPaper": {"paperId": "ab', {
      status: 200,
      headers: { 'content-type': 'application/json' },
    }),
];

/** Two of every three requests fail, cycling through every fault; the third passes through. */
function storm() {
  let count = 0;
  let faults = 0;
  const failing = async () => {
    count += 1;
    if (count % 3 === 0) return undefined;
    await delay(1);
    return FAULTS[faults++ % FAULTS.length]?.();
  };
  server.use(
    // The API's address answers a probe: failed fetches are 429s without CORS headers.
    http.get(S2_BASE_URL, () => new HttpResponse(null, { status: 404 })),
    http.get(`${S2_BASE_URL}/paper/:id/citations`, failing),
    http.get(`${S2_BASE_URL}/paper/:id/references`, failing),
    http.get(`${S2_BASE_URL}/paper/:id`, failing),
  );
  return () => faults;
}

describe('a 2,500-citation paper under faults', () => {
  it('ends with the same graph as without them', async () => {
    const calm = await neighbourhood();
    expect(calm.nodes.filter((n) => n.relation !== 'unresolved').length).toBeGreaterThan(2_400);
    const faults = storm();
    const stormy = await neighbourhood();
    // Every kind of fault was served at least once.
    expect(faults()).toBeGreaterThanOrEqual(FAULTS.length);
    expect(stormy).toEqual(calm);
  });

  it('gives up with a typed error when the storm does not end', async () => {
    server.use(
      http.get(`${S2_BASE_URL}/paper/:id/citations`, () =>
        HttpResponse.json({ message: 'Too Many Requests' }, { status: 429 }),
      ),
    );
    const c = client(3);
    await expect(c.getAllLinks(world.centreId, 'citations')).rejects.toBeInstanceOf(RateLimitError);
  });
});
