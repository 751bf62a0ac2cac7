import { describe, expect, it, vi } from 'vitest';
import { BlockedOriginError, OfflineError, UnreachableError } from './connection-errors';
import { NetworkError } from './errors';
import { createNoAnswerDiagnosis, PROBE_TIMEOUT_MS, type NoAnswerEnvironment } from './no-answer';
import { deferred, ManualClock, settle } from './test-doubles';

const BASE = 'https://api.example.org/graph/v1';
const REQUEST = { url: `${BASE}/paper/x`, probeUrl: BASE };
const cause = new TypeError('Failed to fetch');

/** A diagnosis whose probe answers (or not) as `probe` says; the browser online unless told. */
function setup(probe: () => Promise<Response>, overrides: Partial<NoAnswerEnvironment> = {}) {
  const clock = new ManualClock();
  const fetch = vi.fn<typeof globalThis.fetch>(probe);
  const diagnose = createNoAnswerDiagnosis({
    isOnline: () => true,
    fetch,
    clock,
    blockedByPolicy: () => Promise.resolve(false),
    ...overrides,
  });
  return { diagnose, fetch, clock };
}

const opaque = () => Promise.resolve(new Response(null, { status: 200 }));
const refused = () => Promise.reject(new TypeError('Failed to fetch'));

describe('a request without any HTTP answer', () => {
  it('is an OfflineError at once when the browser says it is offline, without a probe', async () => {
    const { diagnose, fetch } = setup(opaque, { isOnline: () => false });
    const error = await diagnose(REQUEST, cause);
    expect(error).toBeInstanceOf(OfflineError);
    expect(error).toMatchObject({ code: 'offline', retryable: false, url: REQUEST.url, cause });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('is retried like a rate limit when the server answers a no-cors probe', async () => {
    const { diagnose, fetch } = setup(opaque);
    const error = await diagnose(REQUEST, cause);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.retryable).toBe(true);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]?.[0]).toBe(BASE);
    expect(fetch.mock.calls[0]?.[1]).toMatchObject({ mode: 'no-cors', credentials: 'omit' });
  });

  it('is an UnreachableError, not retried, when the probe gets no answer either', async () => {
    const { diagnose } = setup(refused);
    const error = await diagnose(REQUEST, cause);
    expect(error).toBeInstanceOf(UnreachableError);
    expect(error).toMatchObject({ code: 'unreachable', retryable: false });
    expect(error.message).toContain('api.example.org');
  });

  it('gives a silent probe two seconds, then calls the API unreachable', async () => {
    const hanging = deferred<Response>();
    const { diagnose, clock, fetch } = setup(() => hanging.promise);
    let result: unknown;
    void diagnose(REQUEST, cause).then((error) => (result = error));
    await clock.advance(PROBE_TIMEOUT_MS - 1);
    expect(result).toBeUndefined();
    await clock.advance(1);
    expect(result).toBeInstanceOf(UnreachableError);
    // The probe itself is cancelled, not left hanging.
    expect(fetch.mock.calls[0]?.[1]?.signal?.aborted).toBe(true);
  });

  it('is an OfflineError when the browser went offline during the probe', async () => {
    let online = true;
    const { diagnose } = setup(
      () => {
        online = false;
        return refused();
      },
      { isOnline: () => online },
    );
    expect(await diagnose(REQUEST, cause)).toBeInstanceOf(OfflineError);
  });

  it('is a BlockedOriginError when the browser reported refusing it by policy', async () => {
    const blockedByPolicy = vi.fn((url: string) => Promise.resolve(url.startsWith(BASE)));
    const { diagnose } = setup(refused, { blockedByPolicy });
    const error = await diagnose(REQUEST, cause);
    expect(error).toBeInstanceOf(BlockedOriginError);
    expect(error).toMatchObject({ code: 'blocked-origin', reason: 'policy', retryable: false });
    expect(blockedByPolicy).toHaveBeenCalledWith(REQUEST.url);
  });

  it('probes once for requests failing together, and again for a later failure', async () => {
    const answer = deferred<Response>();
    const { diagnose, fetch } = setup(() => answer.promise);
    const together = [diagnose(REQUEST, cause), diagnose(REQUEST, cause), diagnose(REQUEST, cause)];
    await settle();
    expect(fetch).toHaveBeenCalledTimes(1);
    answer.resolve(new Response(null));
    for (const error of await Promise.all(together)) expect(error).toBeInstanceOf(NetworkError);
    fetch.mockImplementation(refused);
    expect(await diagnose(REQUEST, cause)).toBeInstanceOf(UnreachableError);
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
