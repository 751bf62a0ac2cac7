import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay, parseRetryAfter } from './backoff';

const policy = { baseDelayMs: 1000, maxDelayMs: 30_000 };

describe('backoffDelay', () => {
  it('stays within [0, min(max, base · 2^retry)] for any random draw (full jitter)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 600_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (retry, baseDelayMs, maxDelayMs, draw) => {
          const delay = backoffDelay(retry, { baseDelayMs, maxDelayMs }, () => draw);
          const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** retry);
          expect(delay).toBeGreaterThanOrEqual(0);
          expect(delay).toBeLessThanOrEqual(ceiling);
          expect(delay).toBeCloseTo(draw * ceiling, 6);
        },
      ),
    );
  });

  it('doubles its ceiling with each retry up to the maximum', () => {
    const almostOne = () => 0.999_999;
    expect(backoffDelay(0, policy, almostOne)).toBeCloseTo(1000, 0);
    expect(backoffDelay(1, policy, almostOne)).toBeCloseTo(2000, 0);
    expect(backoffDelay(3, policy, almostOne)).toBeCloseTo(8000, 0);
    expect(backoffDelay(10, policy, almostOne)).toBeCloseTo(30_000, 0);
  });

  it('never waits less than the server asked for', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 300_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (retry, retryAfterMs, draw) => {
          const delay = backoffDelay(retry, policy, () => draw, retryAfterMs);
          expect(delay).toBeGreaterThanOrEqual(retryAfterMs);
        },
      ),
    );
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2024-12-08T12:00:00Z');

  it('reads delay-seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP-date as the time left until then', () => {
    expect(parseRetryAfter('Sun, 08 Dec 2024 12:00:30 GMT', now)).toBe(30_000);
  });

  it('treats a date in the past as "now"', () => {
    expect(parseRetryAfter('Sun, 08 Dec 2024 11:00:00 GMT', now)).toBe(0);
  });

  it('returns null when absent or unreadable', () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter('-5', now)).toBeNull();
  });
});
