// Layout runs on one Cytoscape instance, newest wins. Every run gets an id; starting one makes
// every earlier run stale: its force work is cancelled (the worker terminated), and whatever it
// still returns is dropped. So a quick Force → Radial ends radial, and a run that outlives the
// canvas touches nothing. When papers join a settled force picture (an expansion), the papers
// it placed keep their place and only the newcomers move, from their preset places.
import type { Core } from 'cytoscape';
import type { CitationGraph } from '../graph/citation-graph';
import type { LayoutName } from '../graph/layout/positions';
import { runForceInWorker, type ForceRunner } from './force-runner';
import { applyPositions, forceInput, keptInPlace, planLayout, presetPositions } from './layouts';

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

export interface RunOptions {
  /**
   * True when the run follows papers added or removed, not a choice of layout: a settled force
   * picture then keeps its place (see keptInPlace) and only the papers new to it move.
   */
  readonly keepPlaced?: boolean;
}

export interface LayoutRunner {
  readonly run: (graph: CitationGraph, layout: LayoutName, options?: RunOptions) => LayoutRun;
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
  // The nodes the last finished force run placed, while they still stand where it put them.
  let placed: ReadonlySet<string> | null = null;
  const isCurrent = (id: number) => id === latest && !disposed && !cy.destroyed();
  const stop = () => {
    stopCurrent();
    stopCurrent = () => undefined;
  };

  const run = (graph: CitationGraph, layout: LayoutName, options: RunOptions = {}): LayoutRun => {
    stop();
    const id = ++latest;
    if (!isCurrent(id)) return { id, drawn: layout, finished: Promise.resolve(null) };
    const nodes = cy.nodes().length;
    const plan = planLayout(layout, nodes);
    const outcome: LayoutOutcome = { id, ...plan, nodes };
    const kept = plan.drawn === 'force' && options.keepPlaced ? keptInPlace(cy, placed) : null;
    // A run starts from the preset (the force layout grows out of the radial picture), but for
    // the papers a settled force picture keeps in place.
    const preset = presetPositions(graph, layout);
    if (kept) {
      const stay = new Set(kept);
      applyPositions(cy, new Map([...preset].filter(([key]) => !stay.has(key))));
    } else {
      placed = null;
      applyPositions(cy, preset);
    }
    // Nothing to move (papers were only removed) is done at once, like a preset.
    if (plan.drawn !== 'force' || kept?.length === nodes) {
      const finished = Promise.resolve().then(() => (isCurrent(id) ? outcome : null));
      return { id, drawn: plan.drawn, finished };
    }
    const force = runForce(forceInput(cy, graph.centre.id, kept ?? []));
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
      placed = new Set(Object.keys(positions));
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
