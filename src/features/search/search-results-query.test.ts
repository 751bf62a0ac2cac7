import { describe, expect, it } from 'vitest';
import { nextResultsOffset, RESULTS_REACHABLE } from './search-results-query';

describe('nextResultsOffset', () => {
  it('continues where the API says the next page starts', () => {
    expect(nextResultsOffset(20)).toBe(20);
    expect(nextResultsOffset(RESULTS_REACHABLE - 20)).toBe(RESULTS_REACHABLE - 20);
  });

  it('stops when the list has ended', () => {
    expect(nextResultsOffset(null)).toBeUndefined();
  });

  it('stops at the end of the ranked matches even if the API offers more', () => {
    expect(nextResultsOffset(RESULTS_REACHABLE)).toBeUndefined();
    expect(nextResultsOffset(RESULTS_REACHABLE + 100)).toBeUndefined();
  });
});
