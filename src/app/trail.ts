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

/** What the trail shows: crumbs, and runs of crumbs folded into one "… N more". */
export type TrailItem =
  | { readonly kind: 'crumb'; readonly step: number; readonly entry: TrailStep }
  | { readonly kind: 'more'; readonly hidden: number; readonly firstStep: number };

/**
 * A long trail folds its middle, never its ends: the first paper (where the reading started),
 * the current one with its neighbours on either side (where Back and Forward lead), and the
 * last. A run of one hidden crumb stays shown, since "… 1 more" would take as much room.
 */
export function foldTrail(trail: Trail, expanded = false): TrailItem[] {
  const all = crumbs(trail);
  const asCrumb = ({ step, entry }: (typeof all)[number]): TrailItem => ({
    kind: 'crumb',
    step,
    entry,
  });
  if (expanded) return all.map(asCrumb);
  // The current step, or the last crumb before it while a gap (a search) is current.
  const here = all.findLastIndex(({ step }) => step <= trail.current);
  const kept = new Set([0, here - 1, here, here + 1, all.length - 1]);
  const items: TrailItem[] = [];
  let run: typeof all = [];
  const flush = () => {
    const [first] = run;
    if (run.length === 1 && first) items.push(asCrumb(first));
    else if (first) items.push({ kind: 'more', hidden: run.length, firstStep: first.step });
    run = [];
  };
  all.forEach((crumb, index) => {
    if (kept.has(index)) {
      flush();
      items.push(asCrumb(crumb));
    } else {
      run.push(crumb);
    }
  });
  flush();
  return items;
}
