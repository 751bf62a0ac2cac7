// Runs the force layout in a Web Worker (the page stays responsive while it settles), or in
// place where workers do not exist (tests in node).
import { forceLayout, type ForceInput } from '../graph/layout/force';
import type { Point } from '../graph/layout/positions';

export function runForce(input: ForceInput): Promise<Record<string, Point>> {
  if (typeof Worker === 'undefined') return Promise.resolve(forceLayout(input));
  return new Promise((resolve) => {
    const worker = new Worker(new URL('../graph/layout/force.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (event: MessageEvent<Record<string, Point>>) => {
      worker.terminate();
      resolve(event.data);
    };
    // A worker that cannot start (a strict policy, an old browser) must not cost the layout.
    worker.onerror = () => {
      worker.terminate();
      resolve(forceLayout(input));
    };
    worker.postMessage(input);
  });
}
