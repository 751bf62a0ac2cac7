import { describe, expect, it } from 'vitest';
import { formatCountdown, formatWait } from './duration';

describe('formatWait', () => {
  it.each([
    [0, '0 seconds'],
    [1_000, '1 second'],
    [1_200, '2 seconds'],
    [45_000, '45 seconds'],
    [60_000, '1 minute'],
    [90_000, '1 minute 30 seconds'],
    [600_000, '10 minutes'],
    [3_600_000, '1 hour'],
    [3_900_000, '1 hour 5 minutes'],
    [7_230_000, '2 hours 1 minute'],
  ])('%i ms is "%s"', (ms, words) => {
    expect(formatWait(ms)).toBe(words);
  });
});

describe('formatCountdown', () => {
  it.each([
    [8, '8 s'],
    [59, '59 s'],
    [60, '1 min'],
    [90, '1 min 30 s'],
    [600, '10 min'],
  ])('%i s is "%s"', (seconds, text) => {
    expect(formatCountdown(seconds)).toBe(text);
  });
});
