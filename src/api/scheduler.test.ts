import { describe, expect, it } from 'vitest';
import {
  BadRequestError,
  NetworkError,
  NotFoundError,
  RateLimitError,
  SchemaError,
  ServerError,
  TimeoutError,
} from './errors';
import { deferred, manualScheduler, rejection, settle } from './test-doubles';

const setup = manualScheduler;

/** A task that fails with the given errors in turn, then answers `value`. */
function failingThen(errors: readonly Error[], value = 'ok') {
  const calls: number[] = [];
  const signals: AbortSignal[] = [];
  let index = 0;
  return {
    calls,
    signals,
    task: (signal: AbortSignal) => {
      signals.push(signal);
      calls.push(index);
      const error = errors[index];
      index += 1;
      return error ? Promise.reject(error) : Promise.resolve(value);
    },
  };
}

const rateLimited = (retryAfterMs: number | null = null) => new RateLimitError({ retryAfterMs });

describe('pacing and concurrency', () => {
  it('starts requests at least minIntervalMs apart', async () => {
    const { clock, scheduler } = setup({ minIntervalMs: 1000 });
    const starts: number[] = [];
    const run = () => scheduler.schedule({}, () => Promise.resolve(starts.push(clock.now())));
    const all = Promise.all([run(), run(), run()]);
    await clock.advance(999);
    expect(starts).toEqual([0]);
    await clock.advance(1);
    expect(starts).toEqual([0, 1000]);
    await clock.advance(1000);
    await all;
    expect(starts).toEqual([0, 1000, 2000]);
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    const { scheduler } = setup({ concurrency: 2 });
    const gates = [deferred<string>(), deferred<string>(), deferred<string>()];
    const started: number[] = [];
    const results = gates.map((gate, index) =>
      scheduler.schedule({}, () => {
        started.push(index);
        return gate.promise;
      }),
    );
    await settle();
    expect(started).toEqual([0, 1]);
    expect(scheduler.getSnapshot()).toMatchObject({ inFlight: 2, queued: 1 });
    gates[0]?.resolve('a');
    await settle();
    expect(started).toEqual([0, 1, 2]);
    gates[1]?.resolve('b');
    gates[2]?.resolve('c');
    await expect(Promise.all(results)).resolves.toEqual(['a', 'b', 'c']);
    expect(scheduler.getSnapshot()).toMatchObject({ inFlight: 0, queued: 0 });
  });
});

describe('retries', () => {
  it('waits at least Retry-After after a 429, then tries again', async () => {
    const { clock, scheduler } = setup({ random: () => 0 });
    const { task, calls } = failingThen([rateLimited(5000)]);
    const result = scheduler.schedule({}, task);
    await clock.advance(4999);
    expect(calls).toHaveLength(1);
    await clock.advance(1);
    await expect(result).resolves.toBe('ok');
    expect(calls).toHaveLength(2);
  });

  it('backs off exponentially with jitter after a 429 without Retry-After', async () => {
    // random 0.5: half of 1000, then half of 2000.
    const { clock, scheduler } = setup({ baseDelayMs: 1000 });
    const { task, calls } = failingThen([rateLimited(), rateLimited()]);
    const result = scheduler.schedule({}, task);
    await clock.advance(499);
    expect(calls).toHaveLength(1);
    await clock.advance(1);
    expect(calls).toHaveLength(2);
    await clock.advance(999);
    expect(calls).toHaveLength(2);
    await clock.advance(1);
    await expect(result).resolves.toBe('ok');
  });

  it.each([
    ['a server error', new ServerError({ status: 503 })],
    ['a network error', new NetworkError()],
  ])('retries after %s', async (_, error) => {
    const { clock, scheduler } = setup();
    const { task, calls } = failingThen([error]);
    const result = scheduler.schedule({}, task);
    await clock.advance(10_000);
    await expect(result).resolves.toBe('ok');
    expect(calls).toHaveLength(2);
  });

  it.each([
    ['not found', new NotFoundError()],
    ['bad request', new BadRequestError({ apiMessage: 'Unrecognized or unsupported fields' })],
    ['schema', new SchemaError({ detail: 'no data' })],
    ['a bug', new TypeError('undefined is not a function')],
  ])('does not retry %s', async (_, error) => {
    const { clock, scheduler } = setup();
    const { task, calls } = failingThen([error]);
    const result = rejection(scheduler.schedule({}, task));
    await clock.advance(60_000);
    expect(await result).toBe(error);
    expect(calls).toHaveLength(1);
  });

  it('gives up after maxRetries with the last error', async () => {
    const { clock, scheduler } = setup({ maxRetries: 2 });
    const { task, calls } = failingThen([
      rateLimited(),
      rateLimited(),
      rateLimited(),
      rateLimited(),
    ]);
    const result = rejection(scheduler.schedule({}, task));
    await clock.advance(120_000);
    expect(await result).toBeInstanceOf(RateLimitError);
    expect(calls).toHaveLength(3);
  });

  it('does not silently wait out a Retry-After longer than maxRetryAfterMs', async () => {
    const { clock, scheduler } = setup({ maxRetryAfterMs: 60_000 });
    const { task, calls } = failingThen([rateLimited(3_600_000)]);
    const result = rejection(scheduler.schedule({}, task));
    await clock.advance(1);
    expect(await result).toBeInstanceOf(RateLimitError);
    expect(calls).toHaveLength(1);
  });

  it('times out an attempt, aborts it, and retries timeouts a bounded number of times', async () => {
    const { clock, scheduler } = setup({ attemptTimeoutMs: 1000, maxTimeoutRetries: 1 });
    const signals: AbortSignal[] = [];
    const result = rejection(
      scheduler.schedule({}, (signal) => {
        signals.push(signal);
        return new Promise<never>(() => undefined);
      }),
    );
    await clock.advance(1000);
    expect(signals[0]?.aborted).toBe(true);
    expect(signals[0]?.reason).toBeInstanceOf(TimeoutError);
    await clock.advance(10_000);
    expect(await result).toBeInstanceOf(TimeoutError);
    expect(signals).toHaveLength(2);
  });

  it('holds every queued request while rate limited', async () => {
    const { clock, scheduler } = setup({ concurrency: 1, random: () => 0 });
    const first = failingThen([rateLimited(3000)], 'first');
    const second = failingThen([], 'second');
    const a = scheduler.schedule({}, first.task);
    const b = scheduler.schedule({}, second.task);
    await clock.advance(2999);
    expect(second.calls).toHaveLength(0);
    await clock.advance(1);
    await expect(Promise.all([a, b])).resolves.toEqual(['first', 'second']);
  });
});
