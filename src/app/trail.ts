// The path taken through the literature, as pure steps. Each history entry knows its step
// number (see view-store), so Back, Forward and a click on the trail all go through the
// browser's own history and the trail never disagrees with it.
export interface TrailStep {
  readonly paper: string;
  readonly title: string | null;
}

export interface Trail {
  readonly steps: readonly TrailStep[];
  readonly current: number;
}

/** Arriving at `step` showing `paper`: a new step forks the trail, a known one is revisited. */
export function arrive(steps: readonly TrailStep[], step: number, paper: string): TrailStep[] {
  if (steps[step]?.paper === paper) return [...steps];
  return [...steps.slice(0, step), { paper, title: null }];
}

export function nameStep(
  steps: readonly TrailStep[],
  step: number,
  title: string | null,
): TrailStep[] {
  return steps.map((s, i) => (i === step ? { ...s, title } : s));
}
