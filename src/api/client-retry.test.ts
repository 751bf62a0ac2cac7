import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { describe, expect, it } from 'vitest';
import { createS2Client } from './client';
import { BadRequestError, NotFoundError, RateLimitError } from './errors';
import { hexId, InstantClock, rejection } from './test-doubles';
import { withServer } from '../../tests/support/msw-server';

const BASE = 'https://s2.test/graph/v1';
const URL_ = `${BASE}/paper/${hexId(7)}`;
const server = setupServer();

withServer(server);

/** A client whose waits are recorded instead of waited; jitter draws are always 0.5. */
function setup(maxRetries = 5) {
  const clock = new InstantClock();
  const client = createS2Client({
    baseUrl: BASE,
    scheduler: {
      clock,
      random: () => 0.5,
      minIntervalMs: 0,
      baseDelayMs: 1000,
      maxRetries,
      attemptTimeoutMs: Number.POSITIVE_INFINITY,
    },
  });
  return { client, clock };
}

/** Answers with each response in turn, then with the paper. */
function serve(...responses: (() => Response)[]) {
  const state = { calls: 0 };
  server.use(
    http.get(URL_, () => {
      const respond = responses[state.calls];
      state.calls += 1;
      return respond ? respond() : HttpResponse.json({ paperId: hexId(7) });
    }),
  );
  return state;
}

const tooMany =
  (headers: Record<string, string> = {}) =>
  () =>
    HttpResponse.json({ message: 'Too Many Requests' }, { status: 429, headers });

describe('retrying over HTTP', () => {
  it('waits out Retry-After after a 429, then succeeds', async () => {
    const { client, clock } = setup();
    const served = serve(tooMany({ 'Retry-After': '3' }));
    await expect(client.getPaper(hexId(7))).resolves.toMatchObject({ id: hexId(7) });
    expect(served.calls).toBe(2);
    expect(clock.sleeps).toEqual([3000]);
  });

  it('backs off with jitter after a 429 without Retry-After', async () => {
    const { client, clock } = setup();
    serve(tooMany(), tooMany());
    await client.getPaper(hexId(7));
    expect(clock.sleeps).toEqual([500, 1000]);
  });

  it('retries a 5xx, and no readable answer from a server that answers a probe', async () => {
    const { client } = setup();
    server.use(http.get(BASE, () => new HttpResponse(null, { status: 404 })));
    const served = serve(
      () => HttpResponse.html('<html>Bad Gateway</html>', { status: 502 }),
      () => HttpResponse.error(),
    );
    await expect(client.getPaper(hexId(7))).resolves.toMatchObject({ id: hexId(7) });
    expect(served.calls).toBe(3);
  });

  it.each([
    ['404', () => HttpResponse.json({ error: 'Paper not found' }, { status: 404 }), NotFoundError],
    [
      '400',
      () => HttpResponse.json({ error: 'Unacceptable query params' }, { status: 400 }),
      BadRequestError,
    ],
  ])('does not retry a %s', async (_, respond, errorClass) => {
    const { client, clock } = setup();
    const served = serve(respond);
    await expect(client.getPaper(hexId(7))).rejects.toBeInstanceOf(errorClass);
    expect(served.calls).toBe(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('hands a long Retry-After to the person, saying how long it really is', async () => {
    const { client, clock } = setup();
    serve(tooMany({ 'Retry-After': '600' }));
    const error = await rejection(client.getPaper(hexId(7)));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ retryAfterMs: 600_000 });
    expect((error as Error).message).toContain('asked us to wait 10 minutes');
    expect((error as Error).message).not.toMatch(/a minute/);
    expect(clock.sleeps).toEqual([]);
  });

  it('gives up after maxRetries with a RateLimitError', async () => {
    const { client, clock } = setup(3);
    const served = serve(tooMany(), tooMany(), tooMany(), tooMany(), tooMany());
    await expect(client.getPaper(hexId(7))).rejects.toBeInstanceOf(RateLimitError);
    expect(served.calls).toBe(4);
    expect(clock.sleeps).toEqual([500, 1000, 2000]);
  });
});
