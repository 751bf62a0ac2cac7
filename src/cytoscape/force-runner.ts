// Runs the force layout in a Web Worker (the page stays responsive while it settles), or in
// place where workers do not exist (tests in node). A run can be cancelled: its worker is
// terminated at once, so a layout nobody waits for any more stops costing a CPU core.
import { forceLayout, type ForceInput } from '../graph/layout/force';
import type { Point } from '../graph/layout/positions';

interface ForceRun {
  /** The settled positions by node id, or null once the run was cancelled. Always settles. */
  readonly positions: Promise<Record<string, Point> | null>;
  readonly cancel: () => void;
}

/** Starts a force layout. The canvas takes one as a prop, so tests decide when runs finish. */
export type ForceRunner = (input: ForceInput) => ForceRun;

export const runForceInWorker: ForceRunner = (input) => {
  if (typeof Worker === 'undefined') {
    return { positions: Promise.resolve(forceLayout(input)), cancel: () => undefined };
  }
  let settle: (positions: Record<string, Point> | null) => void = () => undefined;
  const positions = new Promise<Record<string, Point> | null>((resolve) => {
    settle = resolve;
  });
  let open = true;
  const worker = new Worker(new URL('../graph/layout/force.worker.ts', import.meta.url), {
    type: 'module',
  });
  const end = (result: () => Record<string, Point> | null) => {
    if (!open) return;
    open = false;
    worker.terminate();
    settle(result());
  };
  worker.onmessage = (event: MessageEvent<Record<string, Point>>) => {
    end(() => event.data);
  };
  // A worker that cannot start (a strict policy, an old browser) must not cost the layout.
  worker.onerror = () => {
    end(() => forceLayout(input));
  };
  worker.postMessage(input);
  return {
    positions,
    cancel: () => {
      end(() => null);
    },
  };
};
