import { describe, expect, it } from 'vitest';
import { percentile } from './stats';

describe('percentile', () => {
  it('takes the nearest rank: the p95 of 22 keystrokes is the second worst', () => {
    const values = Array.from({ length: 22 }, (_, i) => (i + 1) * 10);
    expect(percentile(values, 95)).toBe(210);
    expect(percentile(values, 100)).toBe(220);
  });

  it('ignores values that are not finite, whatever their order', () => {
    expect(percentile([30, Number.NaN, 10, 20], 50)).toBe(20);
    expect(percentile([5], 95)).toBe(5);
  });

  it('has no percentile without values', () => {
    expect(percentile([Number.NaN], 95)).toBeNaN();
    expect(percentile([], 95)).toBeNaN();
  });
});
