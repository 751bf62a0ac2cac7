import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { describe, expect, it } from 'vitest';
import { createS2Client } from './client';
import { DEFAULT_S2_BASE_URL } from './config';
import {
  BadRequestError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  SchemaError,
  ServerError,
  TimeoutError,
} from './errors';
import { createHttp } from './http';
import { RequestScheduler } from './scheduler';
import type { SchedulerOptions } from './scheduler-options';
import { InstantClock, hexId, rejection } from './test-doubles';
import { withServer } from '../../tests/support/msw-server';

const BASE = 'https://s2.test/graph/v1';
const server = setupServer();

withServer(server);

function testClient(
  options: { apiKey?: string; scheduler?: SchedulerOptions; baseUrl?: string } = {},
) {
  return createS2Client({
    baseUrl: options.baseUrl ?? BASE,
    apiKey: options.apiKey,
    scheduler: {
      clock: new InstantClock(),
      random: () => 0.5,
      minIntervalMs: 0,
      attemptTimeoutMs: Number.POSITIVE_INFINITY,
      maxRetries: 0,
      ...options.scheduler,
    },
  });
}

describe('getPaper', () => {
  it('puts a DOI into the path as is and asks for the detail fields', async () => {
    server.use(
      http.get(`${DEFAULT_S2_BASE_URL}/paper/10.1093/mind/lix.236.433`, ({ request }) => {
        const fields = new URL(request.url).searchParams.get('fields') ?? '';
        if (!fields.split(',').includes('tldr')) return HttpResponse.json({}, { status: 400 });
        return HttpResponse.json({ paperId: hexId(1), title: 'Computing' });
      }),
    );
    const paper = await testClient({ baseUrl: DEFAULT_S2_BASE_URL }).getPaper(
      '10.1093/mind/lix.236.433',
    );
    expect(paper).toMatchObject({ id: hexId(1), title: 'Computing' });
  });

  it('shares one request between identical calls in flight', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/paper/${hexId(2)}`, async () => {
        calls += 1;
        await delay(5);
        return HttpResponse.json({ paperId: hexId(2) });
      }),
    );
    const client = testClient();
    const [a, b] = await Promise.all([client.getPaper(hexId(2)), client.getPaper(hexId(2))]);
    expect(a.id).toBe(hexId(2));
    expect(b).toEqual(a);
    expect(calls).toBe(1);
  });
});

describe('errors from the API become typed errors', () => {
  const url = `${BASE}/paper/${hexId(3)}`;
  const cases: [string, () => Response | Promise<Response>, unknown, string][] = [
    [
      '404',
      () => HttpResponse.json({ error: 'Paper with id 0 not found' }, { status: 404 }),
      NotFoundError,
      'not-found',
    ],
    [
      '400',
      () =>
        HttpResponse.json({ error: 'Unrecognized or unsupported fields: [x]' }, { status: 400 }),
      BadRequestError,
      'bad-request',
    ],
    [
      '429',
      () => HttpResponse.json({ message: 'Too Many Requests' }, { status: 429 }),
      RateLimitError,
      'rate-limited',
    ],
    [
      '500',
      () => HttpResponse.json({ message: 'Internal server error' }, { status: 500 }),
      ServerError,
      'server',
    ],
    [
      '504 with an HTML body',
      () => HttpResponse.html('<html>Gateway Timeout</html>', { status: 504 }),
      ServerError,
      'server',
    ],
    // The server is there (it answers the probe of its address): a 429 without CORS headers.
    [
      'no readable answer from a server that is there',
      () => HttpResponse.error(),
      NetworkError,
      'network',
    ],
    [
      'a body that is not JSON',
      () => HttpResponse.text('<html>oops</html>'),
      SchemaError,
      'schema',
    ],
    [
      'a body of the wrong shape',
      () => HttpResponse.json({ paperId: 'not-an-id' }),
      SchemaError,
      'schema',
    ],
  ];

  it.each(cases)('%s', async (_, respond, errorClass, code) => {
    server.use(
      http.get(url, respond),
      http.get(BASE, () => new HttpResponse(null, { status: 404 })),
    );
    const error = await rejection(testClient().getPaper(hexId(3)));
    expect(error).toBeInstanceOf(errorClass);
    expect(error).toMatchObject({ code });
  });

  it('keeps the API text of a 400 and the status', async () => {
    server.use(
      http.get(url, () =>
        HttpResponse.json({ error: 'Unrecognized or unsupported fields: [x]' }, { status: 400 }),
      ),
    );
    const error = await rejection(testClient().getPaper(hexId(3)));
    expect(error).toMatchObject({
      apiMessage: 'Unrecognized or unsupported fields: [x]',
      status: 400,
    });
  });

  it('reads Retry-After on a 429', async () => {
    server.use(
      http.get(url, () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '7' } })),
    );
    const error = await rejection(testClient().getPaper(hexId(3)));
    expect(error).toMatchObject({ retryAfterMs: 7000 });
  });

  it('times out a request that does not answer', async () => {
    server.use(
      http.get(url, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const client = createS2Client({
      baseUrl: BASE,
      scheduler: { minIntervalMs: 0, attemptTimeoutMs: 20, maxRetries: 0 },
    });
    expect(await rejection(client.getPaper(hexId(3)))).toBeInstanceOf(TimeoutError);
  });
});

describe('the API key', () => {
  const answerIfKeyed =
    (expected: string | null) =>
    ({ request }: { request: Request }) =>
      request.headers.get('x-api-key') === expected
        ? HttpResponse.json({ paperId: hexId(4) })
        : HttpResponse.json({ message: 'Forbidden' }, { status: 403 });

  it('is sent to the configured API', async () => {
    server.use(http.get(`${BASE}/paper/${hexId(4)}`, answerIfKeyed('secret')));
    await expect(testClient({ apiKey: 'secret' }).getPaper(hexId(4))).resolves.toBeDefined();
  });

  it('is not sent when none is configured', async () => {
    server.use(http.get(`${BASE}/paper/${hexId(4)}`, answerIfKeyed(null)));
    await expect(testClient().getPaper(hexId(4))).resolves.toBeDefined();
  });

  it('never leaves for another origin', async () => {
    server.use(http.get('https://elsewhere.test/paper.json', answerIfKeyed(null)));
    const requestJson = createHttp({
      baseUrl: BASE,
      apiKey: 'secret',
      scheduler: new RequestScheduler({ minIntervalMs: 0 }),
    });
    await expect(requestJson({ url: 'https://elsewhere.test/paper.json' })).resolves.toEqual({
      paperId: hexId(4),
    });
  });
});
