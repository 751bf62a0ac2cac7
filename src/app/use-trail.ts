// Follows the history step into the session's trail, so the trail is right on the very render
// that shows the new centre.
import { useEffect } from 'react';
import { useSession } from './session-context';
import type { Trail } from './trail';
import { useHistoryStep } from './view-context';

export function useTrail(paper: string | null, title: string | null): Trail {
  const step = useHistoryStep();
  const steps = useSession((state) => state.trail);
  const arrive = useSession((state) => state.arrive);
  useEffect(() => {
    if (paper) arrive(step, paper, title);
  }, [arrive, step, paper, title]);
  return { steps, current: step };
}
