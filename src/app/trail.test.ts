import { describe, expect, it } from 'vitest';
import { arrive, crumbs, foldTrail, nameStep, type Trail, type TrailItem } from './trail';

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

/** A trail of papers A, B, C … one per history step, the current one at `current`. */
function trailOf(count: number, current: number): Trail {
  const letters = 'ABCDEFGHIJKL'.slice(0, count).split('');
  return { steps: letters.map((paper) => ({ paper, title: `Paper ${paper}` })), current };
}

/** The folded trail in short: papers by letter, "+N" for a fold. */
const shape = (items: TrailItem[]) =>
  items.map((item) => (item.kind === 'crumb' ? item.entry.paper : `+${item.hidden}`));

describe('the folded trail', () => {
  it('shows a short trail whole', () => {
    expect(shape(foldTrail(trailOf(4, 3)))).toEqual(['A', 'B', 'C', 'D']);
    expect(shape(foldTrail(trailOf(1, 0)))).toEqual(['A']);
    expect(foldTrail({ steps: [], current: 0 })).toEqual([]);
  });

  it('after five hops keeps the first paper and the current one, folding the middle', () => {
    const items = foldTrail(trailOf(6, 5));
    expect(shape(items)).toEqual(['A', '+3', 'E', 'F']);
    expect(items[1]).toEqual({ kind: 'more', hidden: 3, firstStep: 1 });
  });

  it('never folds a single crumb, which would take as much room as the crumb', () => {
    expect(shape(foldTrail(trailOf(5, 4)))).toEqual(['A', '+2', 'D', 'E']);
    expect(shape(foldTrail(trailOf(5, 2)))).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('after going back keeps where Back and Forward lead, and the last paper', () => {
    expect(shape(foldTrail(trailOf(10, 5)))).toEqual(['A', '+3', 'E', 'F', 'G', '+2', 'J']);
    expect(shape(foldTrail(trailOf(10, 0)))).toEqual(['A', 'B', '+7', 'J']);
  });

  it('shows everything once unfolded', () => {
    expect(shape(foldTrail(trailOf(10, 5), true))).toEqual('ABCDEFGHIJ'.split(''));
  });

  it('folds around the paper before a search that is the current step', () => {
    // Papers at steps 0–5, a title search at step 6 (no crumb), which is current.
    const { steps } = trailOf(6, 5);
    const items = foldTrail({ steps: [...steps, null], current: 6 });
    expect(shape(items)).toEqual(['A', '+3', 'E', 'F']);
  });

  it('counts steps, not crumbs: gaps for searches are never shown or counted', () => {
    const steps = [null, ...trailOf(6, 0).steps.flatMap((step) => [step, null])];
    const items = foldTrail({ steps, current: 11 });
    expect(shape(items)).toEqual(['A', '+3', 'E', 'F']);
    expect(items.map((item) => (item.kind === 'crumb' ? item.step : item.firstStep))).toEqual([
      1, 3, 9, 11,
    ]);
  });
});
