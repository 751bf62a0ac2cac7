import { describe, expect, it } from 'vitest';
import { createDatasetBuilder } from './dataset';
import { createRequestCounter } from './handler-context';
import { makePaper } from './paper-factory';
import { twinRecommendationsBase } from './recommendation-handlers';
import { useTwinServer } from './twin-test-kit';

const REC = 'https://api.semanticscholar.org/recommendations/v1';
const at = (n: number) => n.toString(16).padStart(2, '0').repeat(20);

// The centre cites r1..r3. `twin` cites all three, `two` cites r1 and r2, `tieB` and `tieA`
// cite r1 only (a tie, broken by paperId). `loner` cites a paper nobody else cites.
const DOI = '10.5555/Recs.Test/1';
const centre = makePaper({ paperId: at(1), externalIds: { DOI }, year: 2010 }, 1);
const refs = [2, 3, 4].map((n) => makePaper({ paperId: at(n) }, n));
const twinPaper = makePaper({ paperId: at(5), title: 'The twin' }, 5);
const two = makePaper({ paperId: at(6) }, 6);
const tieB = makePaper({ paperId: at(8) }, 8);
const tieA = makePaper({ paperId: at(7) }, 7);
const loner = makePaper({ paperId: at(9) }, 9);
const lonelyRef = makePaper({ paperId: at(10) }, 10);

const counter = createRequestCounter();
useTwinServer(
  () => {
    const builder = createDatasetBuilder();
    for (const p of [centre, ...refs, twinPaper, two, tieB, tieA, loner, lonelyRef]) {
      builder.addPaper(p);
    }
    const cite = (citing: { paperId: string }, cited: readonly { paperId: string }[]) => {
      for (const c of cited) builder.link(citing.paperId, c.paperId);
    };
    cite(centre, refs);
    cite(twinPaper, refs);
    cite(two, refs.slice(0, 2));
    cite(tieB, refs.slice(0, 1));
    cite(tieA, refs.slice(0, 1));
    cite(loner, [lonelyRef]);
    // r1's citation list repeats tieB (the API's quirk): still one shared reference.
    builder.duplicateEntry('citations', at(2), 3, 4);
    return builder.build();
  },
  { onRequest: counter.onRequest },
);

const get = (path: string) => fetch(`${REC}${path}`).then(read);
const post = (path: string, body: unknown) =>
  fetch(`${REC}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).then(read);
async function read(response: Response) {
  return { status: response.status, body: (await response.json()) as unknown };
}
const ids = (body: unknown) =>
  (body as { recommendedPapers: { paperId: string }[] }).recommendedPapers.map((p) => p.paperId);

describe('twinRecommendationsBase', () => {
  it('sits beside /graph/v1, and nowhere for other bases', () => {
    expect(twinRecommendationsBase('http://127.0.0.1:9/s2/graph/v1')).toBe(
      'http://127.0.0.1:9/s2/recommendations/v1',
    );
    expect(twinRecommendationsBase('http://127.0.0.1:9/s2')).toBeNull();
  });
});

describe('GET /recommendations/v1/papers/forpaper/{id}', () => {
  it('ranks by shared references, ties by paperId, without the paper itself', async () => {
    const res = await get(`/papers/forpaper/${centre.paperId}`);
    expect(res.status).toBe(200);
    expect(ids(res.body)).toEqual([twinPaper.paperId, two.paperId, tieA.paperId, tieB.paperId]);
  });

  it('answers paperId and title by default, exactly the fields asked otherwise', async () => {
    const plain = await get(`/papers/forpaper/${DOI}?limit=1`);
    expect(plain.body).toStrictEqual({
      recommendedPapers: [{ paperId: twinPaper.paperId, title: 'The twin' }],
    });
    const asked = await get(
      `/papers/forpaper/DOI:${DOI.toLowerCase()}?fields=year,authors&limit=1`,
    );
    expect(asked.body).toStrictEqual({
      recommendedPapers: [
        { paperId: twinPaper.paperId, year: twinPaper.year, authors: twinPaper.authors },
      ],
    });
  });

  it('answers an empty list for a paper whose references nobody else cites', async () => {
    expect(await get(`/papers/forpaper/${loner.paperId}?from=recent`)).toStrictEqual({
      status: 200,
      body: { recommendedPapers: [] },
    });
  });

  it('404s an unknown id with the API body; 400s bad fields, limit and pool', async () => {
    expect(await get('/papers/forpaper/0?fields=title')).toStrictEqual({
      status: 404,
      body: { error: 'Paper with id 0 not found' },
    });
    const base = `/papers/forpaper/${centre.paperId}`;
    expect(await get(`${base}?fields=title,tldr`)).toStrictEqual({
      status: 400,
      body: { error: 'Unrecognized or unsupported fields: [tldr]' },
    });
    expect((await get(`${base}?limit=501`)).body).toStrictEqual({
      error: "'limit' must be <= 500",
    });
    expect((await get(`${base}?limit=500`)).status).toBe(200);
    expect((await get(`${base}?limit=0`)).status).toBe(400);
    expect((await get(`${base}?from=everything`)).status).toBe(400);
  });
});

describe('POST /recommendations/v1/papers', () => {
  it('ranks by the union of the positives’ references, without positives and negatives', async () => {
    const res = await post('/papers?fields=title', {
      positivePaperIds: [two.paperId, loner.paperId],
      negativePaperIds: [tieA.paperId],
    });
    expect(res.status).toBe(200);
    // two cites r1, r2; loner cites lonelyRef (cited by nobody else).
    expect(ids(res.body)).toEqual([centre.paperId, twinPaper.paperId, tieB.paperId]);
  });

  it('takes a limit and no negative list', async () => {
    const res = await post('/papers?limit=2', { positivePaperIds: [centre.paperId] });
    expect(ids(res.body)).toEqual([twinPaper.paperId, two.paperId]);
  });

  it('404s an unknown positive or negative id; 400s a body without positives', async () => {
    const unknown = await post('/papers', {
      positivePaperIds: [centre.paperId],
      negativePaperIds: ['0'],
    });
    expect(unknown).toStrictEqual({ status: 404, body: { error: 'Paper with id 0 not found' } });
    expect((await post('/papers', { positivePaperIds: [] })).status).toBe(400);
    expect((await post('/papers', { ids: [centre.paperId] })).status).toBe(400);
  });
});

describe('request counting', () => {
  it('names each recommendations endpoint', async () => {
    counter.reset();
    await get(`/papers/forpaper/${centre.paperId}`);
    await post('/papers', { positivePaperIds: [centre.paperId] });
    await post('/papers', { positivePaperIds: [centre.paperId] });
    expect(counter.requests.map((r) => r.endpoint)).toEqual([
      'recommendations-forpaper',
      'recommendations-papers',
      'recommendations-papers',
    ]);
  });
});
