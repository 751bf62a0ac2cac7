import { http, HttpResponse, type JsonBodyType } from 'msw';
import { setupServer } from 'msw/node';
import { describe, expect, it } from 'vitest';
import { createS2Client } from './client';
import { SchemaError } from './errors';
import { hexId, InstantClock } from './test-doubles';
import { withServer } from '../../tests/support/msw-server';

const BASE = 'https://s2.test/graph/v1';
const BATCH = `${BASE}/paper/batch`;
const server = setupServer();

withServer(server);

const client = () =>
  createS2Client({
    baseUrl: BASE,
    scheduler: {
      clock: new InstantClock(),
      minIntervalMs: 0,
      attemptTimeoutMs: Infinity,
      maxRetries: 0,
    },
  });

/** Answers every batch request with `answer`, refusing any other `fields` like the API would. */
const answerWith = (answer: JsonBodyType) =>
  server.use(
    http.post(BATCH, ({ request }) =>
      new URL(request.url).searchParams.get('fields') === 'references.paperId'
        ? HttpResponse.json(answer)
        : HttpResponse.json({ error: 'Unrecognized or unsupported fields' }, { status: 400 }),
    ),
  );

describe('getReferenceIds', () => {
  it('asks in chunks of 500, in order, for references.paperId only', async () => {
    const seen: string[][] = [];
    server.use(
      http.post(BATCH, async ({ request }) => {
        const fields = new URL(request.url).searchParams.get('fields');
        const body = (await request.json()) as { ids?: unknown };
        if (fields !== 'references.paperId' || !Array.isArray(body.ids) || body.ids.length > 500) {
          return HttpResponse.json({ error: 'bad request' }, { status: 400 });
        }
        const ids = body.ids.map(String);
        seen.push(ids);
        // Each paper cites the paper after it.
        return HttpResponse.json(
          ids.map((id) => ({
            paperId: id,
            references: [{ paperId: hexId(parseInt(id, 16) + 1) }],
          })),
        );
      }),
    );
    const ids = Array.from({ length: 1200 }, (_, n) => hexId(n));
    const result = await client().getReferenceIds(ids);
    expect(seen.map((chunk) => chunk.length)).toEqual([500, 500, 200]);
    expect(seen.flat()).toEqual(ids);
    expect(result.size).toBe(1200);
    expect(result.get(hexId(0))).toEqual([hexId(1)]);
    expect(result.get(hexId(1199))).toEqual([hexId(1200)]);
  });

  it('gives no entry for unknown ids and an empty list for null references', async () => {
    answerWith([null, { paperId: hexId(2), references: null }, { paperId: hexId(3) }]);
    const result = await client().getReferenceIds([hexId(1), hexId(2), hexId(3)]);
    expect([...result.entries()]).toEqual([
      [hexId(2), []],
      [hexId(3), []],
    ]);
  });

  it('skips unresolved references and repeats', async () => {
    answerWith([
      {
        paperId: hexId(1),
        references: [{ paperId: null }, { paperId: hexId(7) }, {}, { paperId: hexId(7) }],
      },
    ]);
    const result = await client().getReferenceIds([hexId(1)]);
    expect(result.get(hexId(1))).toEqual([hexId(7)]);
  });

  it('keys each answer by the id as asked, even when another paperId comes back', async () => {
    answerWith([{ paperId: hexId(9), references: [{ paperId: hexId(4) }] }]);
    const result = await client().getReferenceIds(['CorpusId:42']);
    expect([...result.keys()]).toEqual(['CorpusId:42']);
  });

  it('asks once for an id given twice, and not at all for none', async () => {
    answerWith([{ paperId: hexId(1), references: [] }]);
    await expect(client().getReferenceIds([hexId(1), hexId(1)])).resolves.toHaveProperty('size', 1);
    server.resetHandlers();
    // No handler now: a request would fail the test.
    await expect(client().getReferenceIds([])).resolves.toEqual(new Map());
  });

  it.each([
    ['an object instead of a list', { data: [] }],
    [
      'a references entry with a malformed paperId',
      [{ paperId: hexId(1), references: [{ paperId: 'x' }] }],
    ],
    ['references that are not a list', [{ paperId: hexId(1), references: 'none' }]],
    ['a paper without its paperId', [{ references: [] }]],
    ['fewer answers than ids', []],
  ])('refuses %s with a SchemaError', async (_label, answer) => {
    answerWith(answer);
    await expect(client().getReferenceIds([hexId(1)])).rejects.toBeInstanceOf(SchemaError);
  });
});
