import { describe, expect, it } from 'vitest';
import { RateLimitError } from './errors';
import { deferred, manualScheduler, rejection, settle } from './test-doubles';

const setup = manualScheduler;

const isAbortError = (error: unknown) => error instanceof Error && error.name === 'AbortError';

describe('cancellation', () => {
  it('drops a request aborted while queued, before it ever starts', async () => {
    const { scheduler } = setup({ concurrency: 1 });
    const blocker = deferred<string>();
    const first = scheduler.schedule({}, () => blocker.promise);
    const controller = new AbortController();
    let started = false;
    const second = rejection(
      scheduler.schedule({ signal: controller.signal }, () => {
        started = true;
        return Promise.resolve('never');
      }),
    );
    await settle();
    expect(scheduler.getSnapshot().queued).toBe(1);
    controller.abort();
    expect(isAbortError(await second)).toBe(true);
    expect(scheduler.getSnapshot().queued).toBe(0);
    blocker.resolve('first');
    await expect(first).resolves.toBe('first');
    expect(started).toBe(false);
  });

  it('aborts a request in flight and rejects with the signal reason', async () => {
    const { scheduler } = setup();
    const controller = new AbortController();
    let taskSignal: AbortSignal | undefined;
    const result = rejection(
      scheduler.schedule({ signal: controller.signal }, (signal) => {
        taskSignal = signal;
        return new Promise<never>(() => undefined);
      }),
    );
    await settle();
    const reason = new Error('the user went elsewhere');
    controller.abort(reason);
    expect(await result).toBe(reason);
    expect(taskSignal?.aborted).toBe(true);
    await settle();
    expect(scheduler.getSnapshot().inFlight).toBe(0);
  });

  it('stops waiting to retry when aborted during back-off', async () => {
    const { clock, scheduler } = setup();
    const controller = new AbortController();
    let calls = 0;
    const result = rejection(
      scheduler.schedule({ signal: controller.signal }, () => {
        calls += 1;
        return Promise.reject(new RateLimitError({ retryAfterMs: 10_000 }));
      }),
    );
    await clock.advance(1000);
    expect(scheduler.getSnapshot().waitingToRetry).toBe(1);
    controller.abort();
    expect(isAbortError(await result)).toBe(true);
    await clock.advance(60_000);
    expect(calls).toBe(1);
    expect(scheduler.getSnapshot().waitingToRetry).toBe(0);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const { scheduler } = setup();
    let calls = 0;
    const error = await rejection(
      scheduler.schedule({ signal: AbortSignal.abort() }, () => Promise.resolve(++calls)),
    );
    expect(isAbortError(error)).toBe(true);
    expect(calls).toBe(0);
  });
});

describe('sharing identical requests in flight', () => {
  it('runs one request for callers with the same key', async () => {
    const { scheduler } = setup();
    const answer = deferred<string>();
    let calls = 0;
    const task = () => {
      calls += 1;
      return answer.promise;
    };
    const a = scheduler.schedule({ key: 'GET /paper/1' }, task);
    const b = scheduler.schedule({ key: 'GET /paper/1' }, task);
    const c = scheduler.schedule({ key: 'GET /paper/2' }, task);
    await settle();
    answer.resolve('paper');
    await expect(Promise.all([a, b, c])).resolves.toEqual(['paper', 'paper', 'paper']);
    expect(calls).toBe(2);
  });

  it('keeps the request going while any sharer still waits, and aborts it when all leave', async () => {
    const { scheduler } = setup();
    const signals: AbortSignal[] = [];
    const task = (signal: AbortSignal) => {
      signals.push(signal);
      return new Promise<never>(() => undefined);
    };
    const first = new AbortController();
    const second = new AbortController();
    const a = rejection(scheduler.schedule({ key: 'k', signal: first.signal }, task));
    const b = rejection(scheduler.schedule({ key: 'k', signal: second.signal }, task));
    await settle();
    expect(signals).toHaveLength(1);
    first.abort();
    expect(isAbortError(await a)).toBe(true);
    expect(signals[0]?.aborted).toBe(false);
    second.abort();
    expect(isAbortError(await b)).toBe(true);
    expect(signals[0]?.aborted).toBe(true);
  });

  it('starts afresh for a caller arriving after every sharer left', async () => {
    const { scheduler } = setup();
    let calls = 0;
    const controller = new AbortController();
    const hanging = rejection(
      scheduler.schedule({ key: 'k', signal: controller.signal }, () => {
        calls += 1;
        return new Promise<never>(() => undefined);
      }),
    );
    await settle();
    controller.abort();
    await hanging;
    const fresh = scheduler.schedule({ key: 'k' }, () => Promise.resolve(++calls));
    await expect(fresh).resolves.toBe(2);
  });
});

describe('observable state', () => {
  it('shows the retry countdown and the error while rate limited, and clears after', async () => {
    const { clock, scheduler } = setup({ random: () => 0 });
    const snapshots: unknown[] = [];
    scheduler.subscribe(() => snapshots.push(scheduler.getSnapshot()));
    let calls = 0;
    const result = scheduler.schedule({}, () =>
      ++calls === 1
        ? Promise.reject(new RateLimitError({ retryAfterMs: 4000 }))
        : Promise.resolve('ok'),
    );
    await clock.advance(100);
    expect(scheduler.getSnapshot()).toMatchObject({
      waitingToRetry: 1,
      retryAt: 4000,
      rateLimited: true,
      lastError: expect.any(RateLimitError) as unknown,
    });
    await clock.advance(3900);
    await expect(result).resolves.toBe('ok');
    expect(scheduler.getSnapshot()).toMatchObject({
      waitingToRetry: 0,
      retryAt: null,
      rateLimited: false,
      lastError: null,
      inFlight: 0,
      queued: 0,
    });
    expect(snapshots.length).toBeGreaterThan(2);
  });

  it('keeps the same snapshot object while nothing changes', () => {
    const { scheduler } = setup();
    expect(scheduler.getSnapshot()).toBe(scheduler.getSnapshot());
  });

  it('stops notifying after unsubscribe', async () => {
    const { scheduler } = setup();
    let notified = 0;
    const unsubscribe = scheduler.subscribe(() => (notified += 1));
    unsubscribe();
    await scheduler.schedule({}, () => Promise.resolve(1));
    expect(notified).toBe(0);
  });
});
