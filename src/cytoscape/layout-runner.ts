// Layout runs on one Cytoscape instance, newest wins. Every run gets an id; starting one makes
// every earlier run stale: its force work is cancelled (the worker terminated), and whatever it
// still returns is dropped. So a quick Force → Radial ends radial, and a run that outlives the
// canvas touches nothing.
import type { Core } from 'cytoscape';
import type { CitationGraph } from '../graph/citation-graph';
import type { LayoutName } from '../graph/layout/positions';
import { runForceInWorker, type ForceRunner } from './force-runner';
import { applyPositions, forceInput, planLayout, presetPositions } from './layouts';

export interface LayoutOutcome {
  readonly id: number;
  /** What is drawn: past FORCE_LIMIT a force choice is shown radially. */
  readonly drawn: LayoutName;
  /** Says why `drawn` differs from the choice; null when it does not. */
  readonly note: string | null;
  /** How many nodes the run placed (papers added later keep the place they were added at). */
  readonly nodes: number;
}

interface LayoutRun {
  readonly id: number;
  /** Known at the start: the layout this run draws. */
  readonly drawn: LayoutName;
  /** The outcome once drawn, or null when a newer run or dispose() made it stale. */
  readonly finished: Promise<LayoutOutcome | null>;
}

export interface LayoutRunner {
  readonly run: (graph: CitationGraph, layout: LayoutName) => LayoutRun;
  /** Stops the run in flight for good; nothing this runner started draws any more. */
  readonly dispose: () => void;
}

export function createLayoutRunner(
  cy: Core,
  runForce: ForceRunner = runForceInWorker,
): LayoutRunner {
  let latest = 0;
  let disposed = false;
  let stopCurrent = (): void => undefined;
  const isCurrent = (id: number) => id === latest && !disposed && !cy.destroyed();
  const stop = () => {
    stopCurrent();
    stopCurrent = () => undefined;
  };

  const run = (graph: CitationGraph, layout: LayoutName): LayoutRun => {
    stop();
    const id = ++latest;
    if (!isCurrent(id)) return { id, drawn: layout, finished: Promise.resolve(null) };
    // Every run starts from the preset: the force layout grows out of the radial picture.
    applyPositions(cy, presetPositions(graph, layout));
    const nodes = cy.nodes().length;
    const plan = planLayout(layout, nodes);
    const outcome: LayoutOutcome = { id, ...plan, nodes };
    if (plan.drawn !== 'force') {
      const finished = Promise.resolve().then(() => (isCurrent(id) ? outcome : null));
      return { id, drawn: plan.drawn, finished };
    }
    const force = runForce(forceInput(cy, graph.centre.id));
    // Stale as soon as it is stopped, whether or not the force runner ever answers.
    const stopped = new Promise<null>((resolve) => {
      stopCurrent = () => {
        force.cancel();
        resolve(null);
      };
    });
    const finished = Promise.race([force.positions, stopped]).then((positions) => {
      if (positions === null || !isCurrent(id)) return null;
      stopCurrent = () => undefined;
      applyPositions(cy, new Map(Object.entries(positions)));
      return outcome;
    });
    return { id, drawn: 'force', finished };
  };

  return {
    run,
    dispose: () => {
      disposed = true;
      stop();
    },
  };
}
