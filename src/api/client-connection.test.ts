// Requests that get no HTTP answer, through the real client and scheduler: each is reported as
// what it is after one attempt, and only a server that is there (a no-CORS 429) is waited out.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { describe, expect, it } from 'vitest';
import { createS2Client } from './client';
import { BlockedOriginError, OfflineError, UnreachableError } from './connection-errors';
import { hexId, InstantClock, rejection } from './test-doubles';
import { withServer } from '../../tests/support/msw-server';

const BASE = 'https://s2.test/graph/v1';
const PAPER = `${BASE}/paper/${hexId(7)}`;
const server = setupServer();

withServer(server);

function setup(options: { online?: boolean; allowedOrigins?: readonly string[] } = {}) {
  const clock = new InstantClock();
  const client = createS2Client({
    baseUrl: BASE,
    scheduler: { clock, random: () => 0.5, minIntervalMs: 0, attemptTimeoutMs: Infinity },
    allowedOrigins: options.allowedOrigins,
    // The probe keeps its real two-second bound: an instant clock would end it before it starts.
    connectivity: { isOnline: () => options.online ?? true },
  });
  return { client, clock };
}

/** The paper request fails without an answer `failures` times, then succeeds. */
function paperFails(failures = Number.POSITIVE_INFINITY) {
  const counts = { paper: 0, probe: 0 };
  server.use(
    http.get(PAPER, () => {
      counts.paper += 1;
      return counts.paper <= failures
        ? HttpResponse.error()
        : HttpResponse.json({ paperId: hexId(7) });
    }),
  );
  return counts;
}

/** The API's address answers a probe (a server is there) or not. */
function probeAnswers(answers: boolean, counts: { probe: number }) {
  server.use(
    http.get(BASE, () => {
      counts.probe += 1;
      return answers ? new HttpResponse(null, { status: 404 }) : HttpResponse.error();
    }),
  );
}

describe('a request without an HTTP answer', () => {
  it('is reported offline after one attempt, without retries or a probe', async () => {
    const { client, clock } = setup({ online: false });
    const counts = paperFails();
    probeAnswers(true, counts);
    expect(await rejection(client.getPaper(hexId(7)))).toBeInstanceOf(OfflineError);
    expect(counts).toEqual({ paper: 1, probe: 0 });
    expect(clock.sleeps).toEqual([]);
    expect(client.scheduler.getSnapshot()).toMatchObject({ waitingToRetry: 0, rateLimited: false });
  });

  it('is reported unreachable after one attempt and one probe when nothing answers', async () => {
    const { client, clock } = setup();
    const counts = paperFails();
    probeAnswers(false, counts);
    const error = await rejection(client.getPaper(hexId(7)));
    expect(error).toBeInstanceOf(UnreachableError);
    expect(error).toMatchObject({ code: 'unreachable', retryable: false });
    expect(counts).toEqual({ paper: 1, probe: 1 });
    // No back-off at all, and no rate-limit pause holding the other requests.
    expect(clock.sleeps).toEqual([]);
  });

  it('is waited out like a rate limit when the server answers the probe', async () => {
    const { client, clock } = setup();
    const counts = paperFails(2);
    probeAnswers(true, counts);
    await expect(client.getPaper(hexId(7))).resolves.toMatchObject({ id: hexId(7) });
    expect(counts).toEqual({ paper: 3, probe: 2 });
    expect(clock.sleeps).toEqual([500, 1000]);
  });
});

describe('a request to an origin outside the allowed list', () => {
  it('is refused unsent, once, with the allowed origins named', async () => {
    const { client, clock } = setup({ allowedOrigins: ['https://api.semanticscholar.org'] });
    const counts = paperFails();
    const error = await rejection(client.getPaper(hexId(7)));
    expect(error).toBeInstanceOf(BlockedOriginError);
    expect(error).toMatchObject({
      code: 'blocked-origin',
      reason: 'not-allowed',
      retryable: false,
    });
    expect((error as Error).message).toContain('https://api.semanticscholar.org');
    expect(counts.paper).toBe(0);
    expect(clock.sleeps).toEqual([]);
  });

  it('lets requests to an allowed origin through', async () => {
    const { client } = setup({ allowedOrigins: ['https://s2.test'] });
    paperFails(0);
    await expect(client.getPaper(hexId(7))).resolves.toMatchObject({ id: hexId(7) });
  });
});
