import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { describe, expect, it } from 'vitest';
import { hexId, instantClient } from './test-doubles';
import { withServer } from '../../tests/support/msw-server';

const BASE = 'https://s2.test/graph/v1';
const server = setupServer();

withServer(server);

const client = () => instantClient(BASE);

describe('getPapers (batch)', () => {
  it('asks in chunks of 500 and keeps input order with nulls for unknown ids', async () => {
    const chunkSizes: number[] = [];
    server.use(
      http.post(`${BASE}/paper/batch`, async ({ request }) => {
        const body = (await request.json()) as { ids?: unknown };
        if (!Array.isArray(body.ids) || body.ids.length > 500) {
          return HttpResponse.json({ error: 'At most 500 ids' }, { status: 400 });
        }
        chunkSizes.push(body.ids.length);
        return HttpResponse.json(
          body.ids.map((id) => {
            const n = Number(String(id).replace('CorpusId:', ''));
            return n % 7 === 0 ? null : { paperId: hexId(n + 1), corpusId: n };
          }),
        );
      }),
    );
    const ids = Array.from({ length: 1200 }, (_, n) => `CorpusId:${n}`);
    const papers = await client().getPapers(ids);
    expect(chunkSizes).toEqual([500, 500, 200]);
    expect(papers).toHaveLength(1200);
    papers.forEach((paper, n) => {
      expect(paper?.id ?? null).toBe(n % 7 === 0 ? null : hexId(n + 1));
    });
  });

  it('makes no request for no ids', async () => {
    await expect(client().getPapers([])).resolves.toEqual([]);
  });
});

describe('search', () => {
  it('reads the empty answer, which has no data key, as zero papers', async () => {
    server.use(http.get(`${BASE}/paper/search`, () => HttpResponse.json({ total: 0, offset: 0 })));
    await expect(client().search('n0 r3sult')).resolves.toEqual({
      total: 0,
      offset: 0,
      next: null,
      papers: [],
    });
  });

  it('passes the year range and limit, and maps the papers', async () => {
    server.use(
      http.get(`${BASE}/paper/search`, ({ request }) => {
        const params = new URL(request.url).searchParams;
        if (params.get('year') !== '1936-1937' || params.get('limit') !== '20') {
          return HttpResponse.json({ error: 'unexpected parameters' }, { status: 400 });
        }
        return HttpResponse.json({ total: 42, offset: 0, next: 20, data: [{ paperId: hexId(1) }] });
      }),
    );
    const result = await client().search('turing', { year: '1936-1937', limit: 20 });
    expect(result).toMatchObject({ total: 42, next: 20 });
    expect(result.papers[0]?.id).toBe(hexId(1));
  });

  it('refuses a limit above 100 before asking', async () => {
    await expect(client().search('x', { limit: 101 })).rejects.toBeInstanceOf(RangeError);
  });
});

describe('matchTitle', () => {
  it('returns the best match', async () => {
    server.use(
      http.get(`${BASE}/paper/search/match`, () =>
        HttpResponse.json({ data: [{ paperId: hexId(5), title: 'Mining rules', matchScore: 99 }] }),
      ),
    );
    await expect(client().matchTitle('mining rules')).resolves.toMatchObject({ id: hexId(5) });
  });

  it('returns null when the API finds no match (404)', async () => {
    server.use(
      http.get(`${BASE}/paper/search/match`, () =>
        HttpResponse.json({ error: 'Title match not found' }, { status: 404 }),
      ),
    );
    await expect(client().matchTitle('total garbage')).resolves.toBeNull();
  });
});

describe('autocomplete', () => {
  it('returns the matches', async () => {
    server.use(
      http.get(`${BASE}/paper/autocomplete`, ({ request }) =>
        new URL(request.url).searchParams.get('query') === 'semanti'
          ? HttpResponse.json({
              matches: [{ id: hexId(9), title: 'SciBERT', authorsYear: 'Beltagy et al., 2019' }],
            })
          : HttpResponse.json({ error: 'no query' }, { status: 400 }),
      ),
    );
    await expect(client().autocomplete('semanti')).resolves.toEqual([
      { id: hexId(9), title: 'SciBERT', authorsYear: 'Beltagy et al., 2019' },
    ]);
  });
});
