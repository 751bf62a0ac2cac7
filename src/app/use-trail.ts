// The path taken through the literature. Each history entry knows its step number (see
// url-state), so Back, Forward and a click on the trail all go through the browser's own
// history and the trail never disagrees with it. Kept in session storage across reloads.
import { useEffect, useState } from 'react';
import { useHistoryStep } from './url-state';

export interface TrailStep {
  readonly paper: string;
  readonly title: string | null;
}

export interface Trail {
  readonly steps: readonly TrailStep[];
  readonly current: number;
}

const KEY = 'citescope:trail';

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

function load(): TrailStep[] {
  try {
    const raw: unknown = JSON.parse(window.sessionStorage.getItem(KEY) ?? '[]');
    if (Array.isArray(raw)) return raw as TrailStep[];
  } catch {
    // A damaged entry only costs the trail.
  }
  return [];
}

export function useTrail(paper: string | null, title: string | null): Trail {
  const step = useHistoryStep();
  const [steps, setSteps] = useState(load);
  // Follow the history step during render (React's "adjust state when props change"), so the
  // trail is right on the very render that shows the new centre.
  const arrival = `${step}\n${paper ?? ''}\n${title ?? ''}`;
  const [seen, setSeen] = useState<string | null>(null);
  if (paper && seen !== arrival) {
    setSeen(arrival);
    setSteps((s) => {
      const next = arrive(s, step, paper);
      return title ? nameStep(next, step, title) : next;
    });
  }
  useEffect(() => {
    window.sessionStorage.setItem(KEY, JSON.stringify(steps));
  }, [steps]);
  return { steps, current: step };
}
