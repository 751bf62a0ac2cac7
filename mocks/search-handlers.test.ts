import { describe, expect, it } from 'vitest';
import { createDatasetBuilder } from './dataset';
import { createPaperFactory } from './paper-factory';
import { useTwinServer } from './twin-test-kit';

const factory = createPaperFactory(7, { nullRate: 0 });
const byYear = [2009, 2012, 2015, 2019, 2019, 2021].map((year, i) =>
  factory.make({ year, title: `Glacier Mass Balance Estimators, part ${i + 1}` }),
);
const undated = factory.make({ year: null, title: 'Glacier Mass Balance Without a Year' });
const many = Array.from({ length: 150 }, (_, i) =>
  factory.make({ year: 2000, title: `Wind Farm Control Note ${i}` }),
);
const exact = factory.make({ title: 'Tidal Codecs for Speech Prosody', year: 2020 });

const twin = useTwinServer(() => {
  const builder = createDatasetBuilder();
  for (const paper of [...byYear, undated, ...many, exact]) builder.addPaper(paper);
  return builder.build();
});

type Body = Record<string, unknown> & { data?: { paperId: string; year?: number }[] };
const search = async (query: string): Promise<{ status: number; body: Body }> => {
  const res = await twin.get(`/paper/search?${query}`);
  return { status: res.status, body: res.body as Body };
};

describe('GET /paper/search', () => {
  it('answers exactly {"total":0,"offset":0} when nothing matches', async () => {
    const res = await search('query=n0+r3sult+h3re&fields=title&offset=0&limit=100');
    expect(res.status).toBe(200);
    expect(res.body).toStrictEqual({ total: 0, offset: 0 });
    expect('data' in res.body).toBe(false);
  });

  it('matches titles case-insensitively and honours fields', async () => {
    const res = await search('query=GLACIER%20mass&fields=year');
    expect(res.body.total).toBe(7);
    expect('next' in res.body).toBe(false);
    expect(Object.keys(res.body.data?.[0] ?? {}).sort()).toEqual(['paperId', 'year']);
  });

  it.each([
    ['2019', [2019, 2019]],
    ['2012-2019', [2012, 2015, 2019, 2019]],
    ['2019-', [2019, 2019, 2021]],
    ['-2012', [2009, 2012]],
  ])('filters by year=%s', async (year, expected) => {
    const res = await search(`query=glacier&fields=year&year=${year}`);
    expect(res.body.data?.map((paper) => paper.year).sort()).toEqual(expected);
    expect(res.body.total).toBe(expected.length);
  });

  it('refuses a malformed year', async () => {
    const res = await search('query=glacier&year=20x9');
    expect(res).toStrictEqual({
      status: 400,
      body: { error: 'Unacceptable query params: [year=20x9]' },
    });
  });

  it('pages with next, and refuses limit over 100', async () => {
    const first = await search('query=wind+farm&limit=100');
    expect([first.body.total, first.body.offset, first.body.next]).toEqual([150, 0, 100]);
    const last = await search('query=wind+farm&limit=100&offset=100');
    expect(last.body.data).toHaveLength(50);
    expect('next' in last.body).toBe(false);
    const tooMany = await search('query=wind+farm&limit=101');
    expect(tooMany).toStrictEqual({ status: 400, body: { error: "'limit' must be <= 100" } });
  });
});

describe('GET /paper/search/match and /paper/autocomplete', () => {
  it('answers the best title match with paperId, title and matchScore', async () => {
    const res = await twin.get(
      '/paper/search/match?query=tidal+codecs+for+speech+prosody&fields=year',
    );
    expect(res.status).toBe(200);
    const body = res.body as { data: Record<string, unknown>[] };
    expect(body.data).toHaveLength(1);
    expect(body.data[0]).toMatchObject({ paperId: exact.paperId, title: exact.title, year: 2020 });
    expect(typeof body.data[0]?.matchScore).toBe('number');
  });

  it('answers 404 "Title match not found" when nothing is close', async () => {
    const res = await twin.get('/paper/search/match?query=totally+unrelated+words');
    expect(res.status).toBe(404);
    expect(res.body).toStrictEqual({ error: 'Title match not found' });
  });

  it('suggests titles for a partial query', async () => {
    const res = await twin.get('/paper/autocomplete?query=tidal+cod');
    const { matches } = res.body as { matches: Record<string, unknown>[] };
    expect(matches).toHaveLength(1);
    expect(Object.keys(matches[0] ?? {}).sort()).toEqual(['authorsYear', 'id', 'title']);
    expect(matches[0]).toMatchObject({ id: exact.paperId, title: exact.title });
    expect(matches[0]?.authorsYear).toMatch(/^\S+( et al\.)?, 2020$/);
    expect(await twin.get('/paper/autocomplete?query=zzzz')).toMatchObject({
      body: { matches: [] },
    });
  });
});
