import { describe, expect, it } from 'vitest';
import { generateNeighbourhood } from './neighbourhood';
import { useTwinServer } from './twin-test-kit';

const hood = generateNeighbourhood({
  seed: 42,
  citations: 2500,
  references: 40,
  unresolvedReferences: 5,
  duplicateCitations: 3,
  centre: { externalIds: { DOI: '10.5555/Paging/Centre.1' } },
});
const { centreId } = hood;
const twin = useTwinServer(() => hood.dataset, { pagingCap: 3100 });

interface Page {
  offset: number;
  next?: number;
  data: Record<string, unknown>[];
}

const page = async (path: string): Promise<Page> => {
  const res = await twin.get(path);
  expect(res.status).toBe(200);
  return res.body as Page;
};

describe('GET /paper/{id}/citations and /references', () => {
  it('pages 2,500 citations (plus 3 duplicates) at limit 1000: next 1000, 2000, then absent', async () => {
    const first = await page(`/paper/${centreId}/citations?fields=title&limit=1000`);
    const second = await page(`/paper/${centreId}/citations?fields=title&limit=1000&offset=1000`);
    const third = await page(`/paper/${centreId}/citations?fields=title&limit=1000&offset=2000`);
    expect([first.offset, first.next, first.data.length]).toEqual([0, 1000, 1000]);
    expect([second.offset, second.next, second.data.length]).toEqual([1000, 2000, 1000]);
    expect(third.offset).toBe(2000);
    expect(third.data).toHaveLength(503);
    expect('next' in third).toBe(false);
  });

  it('defaults to 100 items of {citingPaper: {paperId, title}} without edge fields', async () => {
    const first = await page(`/paper/${centreId}/citations`);
    expect(first.next).toBe(100);
    expect(first.data).toHaveLength(100);
    const item = first.data[0] ?? {};
    expect(Object.keys(item)).toEqual(['citingPaper']);
    expect(Object.keys(item.citingPaper as object).sort()).toEqual(['paperId', 'title']);
  });

  it('serves only the requested edge fields and nested paper fields', async () => {
    const first = await page(
      `/paper/${centreId}/references?fields=isInfluential,contextsWithIntent,year&limit=5`,
    );
    for (const item of first.data) {
      expect(Object.keys(item).sort()).toEqual([
        'citedPaper',
        'contextsWithIntent',
        'isInfluential',
      ]);
      expect(Object.keys(item.citedPaper as object).sort()).toEqual(['paperId', 'year']);
    }
  });

  it('refuses limit 1001 and accepts 1000', async () => {
    const res = await twin.get(`/paper/${centreId}/citations?limit=1001`);
    expect(res.status).toBe(400);
    expect(res.body).toStrictEqual({ error: "'limit' must be <= 1000" });
    expect((await twin.get(`/paper/${centreId}/citations?limit=1000`)).status).toBe(200);
    expect((await twin.get(`/paper/${centreId}/citations?limit=0`)).body).toStrictEqual({
      error: 'Unacceptable query params: [limit=0]',
    });
  });

  it('refuses paging past the cap with the API error', async () => {
    const res = await twin.get(`/paper/${centreId}/citations?offset=2500&limit=600`);
    expect(res.status).toBe(400);
    expect(res.body).toStrictEqual({ error: 'offset + limit must be < 3100' });
    expect((await twin.get(`/paper/${centreId}/citations?offset=2500&limit=599`)).status).toBe(200);
  });

  it('answers an empty page past the end of the list', async () => {
    const res = await twin.get(`/paper/${centreId}/references?offset=500&limit=10`);
    expect(res.body).toStrictEqual({ offset: 500, data: [] });
  });

  it('lists unresolved references with paperId null after the resolved ones', async () => {
    const all = await page(
      `/paper/${centreId}/references?fields=title,year,authors,venue&limit=100`,
    );
    expect(all.data).toHaveLength(45);
    const unresolved = all.data.map((item) => item.citedPaper as Record<string, unknown>);
    const nulls = unresolved.filter((paper) => paper.paperId === null);
    expect(nulls).toHaveLength(5);
    for (const paper of nulls) {
      expect(typeof paper.title).toBe('string');
      expect(paper.venue).toBe(paper.title);
      expect(paper.authors).toEqual([]);
    }
  });

  it('resolves the paper by DOI with slashes before /citations', async () => {
    const res = await twin.get('/paper/DOI:10.5555/paging/centre.1/citations?limit=1');
    expect(res.status).toBe(200);
    expect((res.body as Page).next).toBe(1);
  });

  it('answers 404 and 400 bodies like the details endpoint', async () => {
    expect((await twin.get('/paper/CorpusId:1/citations')).body).toStrictEqual({
      error: 'Paper with id CorpusId:1 not found',
    });
    expect((await twin.get(`/paper/${centreId}/references?fields=tldr`)).body).toStrictEqual({
      error: 'Unrecognized or unsupported fields: [tldr]',
    });
  });
});
