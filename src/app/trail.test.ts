import { describe, expect, it } from 'vitest';
import { arrive, crumbs, nameStep } from './trail';

describe('the trail', () => {
  it('appends new steps and forks when a new paper is opened after going back', () => {
    let steps = arrive([], 0, 'A');
    steps = arrive(steps, 1, 'B');
    steps = arrive(steps, 2, 'C');
    expect(steps.map((s) => s?.paper)).toEqual(['A', 'B', 'C']);
    // Back to B keeps C ahead.
    expect(arrive(steps, 1, 'B').map((s) => s?.paper)).toEqual(['A', 'B', 'C']);
    // A new paper from B replaces what was ahead.
    expect(arrive(steps, 2, 'D').map((s) => s?.paper)).toEqual(['A', 'B', 'D']);
  });

  it('keeps history steps that showed no paper (a search) as gaps, so each crumb is its own step', () => {
    // Welcome (0), a search (1), then a paper (2) and another (3).
    let steps = arrive([], 2, 'A');
    steps = nameStep(steps, 2, 'Paper A');
    steps = arrive(steps, 3, 'B');
    steps = nameStep(steps, 3, 'Paper B');
    expect(crumbs({ steps, current: 3 })).toEqual([
      { step: 2, entry: { paper: 'A', title: 'Paper A' } },
      { step: 3, entry: { paper: 'B', title: 'Paper B' } },
    ]);
  });

  it('names a step once its paper has loaded', () => {
    const steps = nameStep(arrive(arrive([], 0, 'A'), 1, 'B'), 1, 'A paper about B');
    expect(steps).toEqual([
      { paper: 'A', title: null },
      { paper: 'B', title: 'A paper about B' },
    ]);
  });
});
