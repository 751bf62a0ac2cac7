// The client's recommendations through MSW: handlers refuse a request that is not what the API
// takes (400), so the tests assert what the client gives back, never the requests themselves.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { describe, expect, it } from 'vitest';
import { withServer } from '../../tests/support/msw-server';
import { createS2Client } from './client';
import { NotFoundError, RateLimitError } from './errors';
import { RECOMMENDATION_FIELDS } from './fields';
import { RecommendationsAddressError } from './recommendations';
import { InstantClock, hexId, rejection } from './test-doubles';

const GRAPH = 'https://s2.test/graph/v1';
const RECS = 'https://s2.test/recommendations/v1';
const server = setupServer();
withServer(server);

const client = (baseUrl = GRAPH, maxRetries = 0) =>
  createS2Client({
    baseUrl,
    scheduler: {
      clock: new InstantClock(),
      random: () => 0.5,
      minIntervalMs: 0,
      attemptTimeoutMs: Number.POSITIVE_INFINITY,
      maxRetries,
    },
  });

const paper = (n: number) => ({ paperId: hexId(n), title: `Recommended ${n}`, year: 2020 });
const refused = (why: string) => HttpResponse.json({ error: why }, { status: 400 });

/** The API's refusal when `fields` or `limit` are not the client's, else undefined. */
function badQuery(request: Request, limit: string): Response | undefined {
  const params = new URL(request.url).searchParams;
  if (params.get('fields') !== RECOMMENDATION_FIELDS) return refused('fields');
  if (params.get('limit') !== limit) return refused('limit');
  return undefined;
}

describe('recommendForPaper', () => {
  it('asks beside the graph API for the paper fields without tldr, and maps the answer', async () => {
    server.use(
      http.get(`${RECS}/papers/forpaper/10.1093/mind/lix.236.433`, ({ request }) => {
        if (new URL(request.url).searchParams.has('from')) return refused('from');
        return (
          badQuery(request, '100') ?? HttpResponse.json({ recommendedPapers: [paper(1), paper(2)] })
        );
      }),
    );
    const papers = await client().recommendForPaper('10.1093/mind/lix.236.433');
    expect(papers.map((p) => [p.id, p.title])).toEqual([
      [hexId(1), 'Recommended 1'],
      [hexId(2), 'Recommended 2'],
    ]);
    expect(RECOMMENDATION_FIELDS.split(',')).not.toContain('tldr');
    expect(RECOMMENDATION_FIELDS.split(',')).toContain('title');
  });

  it('sends the limit and pool asked for, and leaves out the paper itself', async () => {
    server.use(
      http.get(`${RECS}/papers/forpaper/${hexId(9)}`, ({ request }) => {
        if (new URL(request.url).searchParams.get('from') !== 'all-cs') return refused('from');
        return (
          badQuery(request, '2') ?? HttpResponse.json({ recommendedPapers: [paper(9), paper(3)] })
        );
      }),
    );
    const papers = await client().recommendForPaper(hexId(9), { limit: 2, from: 'all-cs' });
    expect(papers.map((p) => p.id)).toEqual([hexId(3)]);
  });

  it('an empty answer is an empty list', async () => {
    server.use(
      http.get(`${RECS}/papers/forpaper/${hexId(4)}`, () =>
        HttpResponse.json({ recommendedPapers: [] }),
      ),
    );
    expect(await client().recommendForPaper(hexId(4))).toEqual([]);
  });

  it('an unknown paper is a NotFoundError', async () => {
    server.use(
      http.get(`${RECS}/papers/forpaper/${hexId(5)}`, () =>
        HttpResponse.json({ error: `Paper with id ${hexId(5)} not found` }, { status: 404 }),
      ),
    );
    const error = await rejection(client().recommendForPaper(hexId(5)));
    expect(error).toBeInstanceOf(NotFoundError);
  });

  it('goes through the scheduler: a 429 is retried like any other request', async () => {
    let calls = 0;
    server.use(
      http.get(`${RECS}/papers/forpaper/${hexId(6)}`, () => {
        calls += 1;
        return calls === 1
          ? HttpResponse.json({ message: 'Too Many Requests' }, { status: 429 })
          : HttpResponse.json({ recommendedPapers: [paper(7)] });
      }),
    );
    expect((await client(GRAPH, 1).recommendForPaper(hexId(6))).map((p) => p.id)).toEqual([
      hexId(7),
    ]);
    server.use(
      http.get(`${RECS}/papers/forpaper/${hexId(8)}`, () =>
        HttpResponse.json({ message: 'Too Many Requests' }, { status: 429 }),
      ),
    );
    expect(await rejection(client().recommendForPaper(hexId(8)))).toBeInstanceOf(RateLimitError);
  });

  it('follows a same-origin proxy, and refuses unsent where no /graph/v1 says where to go', async () => {
    server.use(
      http.get(`http://127.0.0.1:4173/s2/recommendations/v1/papers/forpaper/${hexId(1)}`, () =>
        HttpResponse.json({ recommendedPapers: [paper(2)] }),
      ),
    );
    const proxied = await client('http://127.0.0.1:4173/s2/graph/v1').recommendForPaper(hexId(1));
    expect(proxied.map((p) => p.id)).toEqual([hexId(2)]);
    // No handler serves this address: a request sent would fail as unhandled, not as this.
    const error = await rejection(client('https://lab.example/s2').recommendForPaper(hexId(1)));
    expect(error).toBeInstanceOf(RecommendationsAddressError);
  });

  it('refuses a limit the API would refuse, before any request', async () => {
    await expect(client().recommendForPaper(hexId(1), { limit: 501 })).rejects.toThrow(RangeError);
    await expect(client().recommendForPaper(hexId(1), { limit: 0 })).rejects.toThrow(RangeError);
  });
});

describe('recommendForPapers', () => {
  const seedsAre = (body: unknown, positive: string[], negative: string[]) =>
    JSON.stringify(body) ===
    JSON.stringify({ positivePaperIds: positive, negativePaperIds: negative });

  it('posts the positive and negative ids, each once, and maps the answer', async () => {
    server.use(
      http.post(`${RECS}/papers`, async ({ request }) => {
        const body: unknown = await request.json();
        if (!seedsAre(body, [hexId(1), hexId(2)], [hexId(3)])) return refused('body');
        return (
          badQuery(request, '20') ??
          HttpResponse.json({ recommendedPapers: [paper(4), paper(1), paper(3), paper(5)] })
        );
      }),
    );
    const papers = await client().recommendForPapers(
      { positive: [hexId(1), ` ${hexId(2)}`, hexId(1)], negative: [hexId(3), hexId(1), hexId(3)] },
      { limit: 20 },
    );
    // The seeds never come back as recommendations, whatever the API sends.
    expect(papers.map((p) => p.id)).toEqual([hexId(4), hexId(5)]);
  });

  it('sends an empty negative list when there is none, and reads an empty answer', async () => {
    server.use(
      http.post(`${RECS}/papers`, async ({ request }) =>
        seedsAre(await request.json(), [hexId(1)], [])
          ? HttpResponse.json({ recommendedPapers: [] })
          : refused('body'),
      ),
    );
    expect(await client().recommendForPapers({ positive: [hexId(1)] })).toEqual([]);
  });

  it('an unknown seed is a NotFoundError; no positive seed is refused unsent', async () => {
    server.use(
      http.post(`${RECS}/papers`, () =>
        HttpResponse.json({ error: `Paper with id ${hexId(9)} not found` }, { status: 404 }),
      ),
    );
    const error = await rejection(client().recommendForPapers({ positive: [hexId(9)] }));
    expect(error).toBeInstanceOf(NotFoundError);
    await expect(
      client().recommendForPapers({ positive: [' '], negative: [hexId(1)] }),
    ).rejects.toThrow(RangeError);
  });
});
