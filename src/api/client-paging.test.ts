import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { describe, expect, it } from 'vitest';
import type { LinkPage } from '../domain/paper';
import { SchemaError } from './errors';
import { LINK_PAGING_CAP } from './link-pages';
import { hexId, instantClient } from './test-doubles';
import { withServer } from '../../tests/support/msw-server';

const BASE = 'https://s2.test/graph/v1';
const CENTRE = hexId(0xc0ffee);
const server = setupServer();

withServer(server);

const client = () => instantClient(BASE);

interface Served {
  requests: { offset: number; limit: number }[];
}

/**
 * A citation list of `total` entries, paged like the API: refuses what the API refuses
 * (limit > 1000, offset + limit ≥ 10,000) and has no `next` on the last page.
 */
function citations(
  total: number,
  entry = (index: number): object => ({ paperId: hexId(index + 1) }),
) {
  const served: Served = { requests: [] };
  server.use(
    http.get(`${BASE}/paper/${CENTRE}/citations`, ({ request }) => {
      const params = new URL(request.url).searchParams;
      const offset = Number(params.get('offset'));
      const limit = Number(params.get('limit'));
      if (!params.get('fields')?.includes('isInfluential') || limit > 1000) {
        return HttpResponse.json({ error: 'bad request' }, { status: 400 });
      }
      if (offset + limit > LINK_PAGING_CAP) {
        return HttpResponse.json({ error: 'offset + limit must be < 10000' }, { status: 400 });
      }
      served.requests.push({ offset, limit });
      const end = Math.min(total, offset + limit);
      const data = [];
      for (let index = offset; index < end; index += 1) data.push({ citingPaper: entry(index) });
      return HttpResponse.json(end < total ? { offset, next: end, data } : { offset, data });
    }),
  );
  return served;
}

describe('getAllLinks', () => {
  it('follows next across pages of 1000 and stops when there is no next', async () => {
    const served = citations(2500);
    const pages: LinkPage[] = [];
    const list = await client().getAllLinks(CENTRE, 'citations', { onPage: (p) => pages.push(p) });
    expect(list.links).toHaveLength(2500);
    expect(list).toMatchObject({ requests: 3, truncated: false, duplicatesRemoved: 0 });
    expect(served.requests).toEqual([
      { offset: 0, limit: 1000 },
      { offset: 1000, limit: 1000 },
      { offset: 2000, limit: 1000 },
    ]);
    expect(pages.map((page) => page.links.length)).toEqual([1000, 1000, 500]);
    expect(list.links[2499]?.paper.id).toBe(hexId(2500));
  });

  it('removes duplicates across pages, unresolved ones by title, year and first author', async () => {
    // Entries 3 and 5 repeat earlier papers; 1 and 4 have no paperId and the same title, year
    // and author (spelt otherwise); 6 has that title in another year; 8 and 9 have no title.
    const smith = [{ authorId: null, name: 'A. Smith' }];
    const entries = [
      { paperId: hexId(10) },
      { paperId: null, title: 'Annual report', year: 2001, authors: smith },
      { paperId: hexId(11) },
      { paperId: hexId(10) },
      { paperId: null, title: 'ANNUAL  REPORT.', year: 2001, authors: [{ name: 'a smith' }] },
      { paperId: hexId(11) },
      { paperId: null, title: 'Annual report', year: 2002, authors: smith },
      { paperId: hexId(12) },
      { paperId: null, title: null, year: 2001 },
      { paperId: null, title: null, year: 2001 },
    ];
    citations(entries.length, (index) => entries[index] ?? {});
    const list = await client().getAllLinks(CENTRE, 'citations', { pageSize: 2 });
    expect(list.duplicatesRemoved).toBe(3);
    // Resolved entries by id, unresolved ones by year.
    expect(list.links.map(({ paper }) => paper.id ?? paper.year)).toEqual([
      hexId(10),
      2001,
      hexId(11),
      2002,
      hexId(12),
      2001,
      2001,
    ]);
    expect(list.requests).toBe(5);
  });

  it('stops at max and says the list was cut', async () => {
    const served = citations(5000);
    const list = await client().getAllLinks(CENTRE, 'citations', { max: 1500 });
    expect(list.links).toHaveLength(1500);
    expect(list.truncated).toBe(true);
    expect(served.requests.at(-1)).toEqual({ offset: 1000, limit: 500 });
  });

  it("stops at the API's paging cap near 10,000 entries", async () => {
    const served = citations(20_000);
    const list = await client().getAllLinks(CENTRE, 'citations');
    expect(list.links).toHaveLength(LINK_PAGING_CAP);
    expect(list).toMatchObject({ truncated: true, requests: 10 });
    expect(served.requests.at(-1)).toEqual({ offset: 9000, limit: 999 });
  });

  it('refuses a next that does not advance instead of looping', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/paper/${CENTRE}/references`, () => {
        calls += 1;
        // A client that loops would come back: answer that with a different error.
        if (calls > 1) return HttpResponse.json({ error: 'asked twice' }, { status: 400 });
        return HttpResponse.json({
          offset: 0,
          next: 0,
          data: [{ citedPaper: { paperId: hexId(1) } }],
        });
      }),
    );
    await expect(client().getAllLinks(CENTRE, 'references')).rejects.toBeInstanceOf(SchemaError);
    expect(calls).toBe(1);
  });

  it('asks for smaller pages when a page would be too large for the API', async () => {
    const served = citations(1000);
    server.use(
      http.get(`${BASE}/paper/${CENTRE}/citations`, ({ request }) => {
        if (Number(new URL(request.url).searchParams.get('limit')) <= 250) return undefined;
        return HttpResponse.json(
          { error: 'Response would exceed maximum size of 10 MB. Use a smaller limit.' },
          { status: 400 },
        );
      }),
    );
    const list = await client().getAllLinks(CENTRE, 'citations');
    expect(list.links).toHaveLength(1000);
    expect(served.requests.map((request) => request.limit)).toEqual([250, 250, 250, 250]);
    expect(list.requests).toBe(6);
  });
});

describe('getLinkPage', () => {
  it('refuses a limit above 1000 before asking', async () => {
    await expect(client().getLinkPage(CENTRE, 'citations', { limit: 1001 })).rejects.toBeInstanceOf(
      RangeError,
    );
  });
});

describe('loading a list in steps', () => {
  it('streams the growing list after every page', async () => {
    citations(2_500);
    const seen: number[] = [];
    const list = await client().getAllLinks(CENTRE, 'citations', {
      onProgress: (partial) => seen.push(partial.links.length),
    });
    expect(seen).toEqual([1_000, 2_000, 2_500]);
    expect(list.next).toBeNull();
  });

  it('resumes from where a capped list stopped, without asking for a page twice', async () => {
    const served = citations(2_500);
    const first = await client().getAllLinks(CENTRE, 'citations', { max: 1_000 });
    expect(first).toMatchObject({ truncated: true, next: 1_000, requests: 1 });
    const rest = await client().getAllLinks(CENTRE, 'citations', { max: 5_000, resume: first });
    expect(rest.links).toHaveLength(2_500);
    expect(rest).toMatchObject({ truncated: false, next: null, requests: 2 });
    expect(served.requests.map((r) => r.offset)).toEqual([0, 1_000, 2_000]);
    expect(new Set(rest.links.map((l) => l.paper.id)).size).toBe(2_500);
  });

  it('makes no request to resume a list that has ended', async () => {
    const served = citations(300);
    const whole = await client().getAllLinks(CENTRE, 'citations');
    const again = await client().getAllLinks(CENTRE, 'citations', { resume: whole, max: 9_000 });
    expect(again.links).toHaveLength(300);
    expect(again.requests).toBe(0);
    expect(served.requests).toHaveLength(1);
  });
});
