// The path taken through the literature, one entry per history step. Each history entry knows
// its step number (see view-store), so Back, Forward and a click on the trail all go through the
// browser's own history and the trail never disagrees with it. Steps that showed no paper (a
// title search, the welcome page) hold null: they count for Back and Forward, but are no crumb.
export interface TrailStep {
  readonly paper: string;
  readonly title: string | null;
}

export type TrailEntry = TrailStep | null;

export interface Trail {
  readonly steps: readonly TrailEntry[];
  readonly current: number;
}

/** Arriving at `step` showing `paper`: a new step forks the trail, a known one is revisited. */
export function arrive(steps: readonly TrailEntry[], step: number, paper: string): TrailEntry[] {
  if (steps[step]?.paper === paper) return [...steps];
  const kept: TrailEntry[] = steps.slice(0, step);
  while (kept.length < step) kept.push(null);
  return [...kept, { paper, title: null }];
}

export function nameStep(
  steps: readonly TrailEntry[],
  step: number,
  title: string | null,
): TrailEntry[] {
  return steps.map((s, i) => (i === step && s ? { ...s, title } : s));
}

/** The crumbs to show: the steps that showed a paper, with their history step. */
export function crumbs(trail: Trail): { readonly step: number; readonly entry: TrailStep }[] {
  return trail.steps.flatMap((entry, step) => (entry ? [{ step, entry }] : []));
}
