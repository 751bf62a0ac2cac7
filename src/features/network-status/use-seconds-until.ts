import { useMemo, useSyncExternalStore } from 'react';

interface SecondsStore {
  readonly subscribe: (onChange: () => void) => () => void;
  readonly getSnapshot: () => number;
}

/**
 * Whole seconds left until `deadline`, as a tiny external store. The value is cached between
 * ticks, so React's repeated getSnapshot calls always agree, and the timer wakes when the shown
 * second changes rather than on a 1 s interval that would drift against the deadline.
 */
function createSecondsStore(deadline: number, now: () => number): SecondsStore {
  const secondsLeft = () => Math.max(0, Math.ceil((deadline - now()) / 1000));
  let value = secondsLeft();
  return {
    getSnapshot: () => value,
    subscribe(onChange) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const tick = () => {
        const next = secondsLeft();
        if (next !== value) {
          value = next;
          onChange();
        }
        if (next > 0) timer = setTimeout(tick, Math.ceil((deadline - now()) % 1000) || 1000);
      };
      // Time passed between render and subscription: catch up before the first wait.
      tick();
      return () => {
        clearTimeout(timer);
      };
    },
  };
}

/** Seconds left until `deadline` (Date.now() time), updated once a second; 0 once it passes. */
export function useSecondsUntil(deadline: number): number {
  const store = useMemo(() => createSecondsStore(deadline, Date.now), [deadline]);
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}
