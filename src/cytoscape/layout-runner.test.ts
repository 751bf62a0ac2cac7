// The layout runner on a headless Cytoscape with a force runner the test answers by hand. It
// ignores cancel() on purpose: stale answers must be dropped by run id, whatever the runner does.
import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { CitationGraph } from '../graph/citation-graph';
import type { ForceInput } from '../graph/layout/force';
import type { Point } from '../graph/layout/positions';
import { radialLayout } from '../graph/layout/radial';
import { syncElements } from './elements';
import type { ForceRunner } from './force-runner';
import { createLayoutRunner } from './layout-runner';
import { FORCE_LIMIT, presetPositions } from './layouts';
import { starNeighbourhood } from '../test-support/graphs';

interface HeldRun {
  readonly input: ForceInput;
  cancelled: boolean;
  /** Answers with every node of the input moved right by `dx`. */
  readonly answer: (dx: number) => void;
}

function heldForce() {
  const runs: HeldRun[] = [];
  const runner: ForceRunner = (input) => {
    let resolve: (positions: Record<string, Point>) => void = () => undefined;
    const positions = new Promise<Record<string, Point> | null>((done) => {
      resolve = done;
    });
    const run: HeldRun = {
      input,
      cancelled: false,
      answer: (dx) => {
        resolve(Object.fromEntries(input.nodes.map((n) => [n.key, { x: n.x + dx, y: n.y }])));
      },
    };
    runs.push(run);
    return {
      positions,
      cancel: () => {
        run.cancelled = true;
      },
    };
  };
  const run = (index: number): HeldRun => {
    const found = runs[index];
    if (!found) throw new Error(`No force run #${index}`);
    return found;
  };
  return { runner, runs, run };
}

function drawn(graph: CitationGraph): Core {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  syncElements(cy, graph, presetPositions(graph, 'radial'));
  return cy;
}

const positionsOf = (cy: Core) => new Map(cy.nodes().map((n) => [n.id(), n.position()]));
const shifted = (graph: CitationGraph, dx: number) =>
  new Map([...radialLayout(graph)].map(([key, p]) => [key, { x: p.x + dx, y: p.y }]));

describe('createLayoutRunner', () => {
  it('draws the newest run when force runs answer out of order', async () => {
    const graph = starNeighbourhood(4, 6);
    const cy = drawn(graph);
    const force = heldForce();
    const runner = createLayoutRunner(cy, force.runner);
    const older = runner.run(graph, 'force');
    const newer = runner.run(graph, 'force');
    expect(force.run(0).cancelled).toBe(true);
    force.run(1).answer(100);
    force.run(0).answer(-100);
    expect(await newer.finished).toEqual({ id: newer.id, drawn: 'force', note: null, nodes: 11 });
    expect(await older.finished).toBeNull();
    expect(positionsOf(cy)).toEqual(shifted(graph, 100));
  });

  it('ends with the layout chosen last when Radial follows Force at once', async () => {
    const graph = starNeighbourhood(4, 6);
    const cy = drawn(graph);
    const force = heldForce();
    const runner = createLayoutRunner(cy, force.runner);
    const forceRun = runner.run(graph, 'force');
    const radialRun = runner.run(graph, 'radial');
    force.run(0).answer(500);
    expect(await radialRun.finished).toMatchObject({ drawn: 'radial', nodes: 11 });
    expect(await forceRun.finished).toBeNull();
    expect(force.run(0).cancelled).toBe(true);
    expect(positionsOf(cy)).toEqual(new Map(radialLayout(graph)));
  });

  it('settles a superseded run at once, though its force work never answers', async () => {
    const graph = starNeighbourhood(2, 2);
    const runner = createLayoutRunner(drawn(graph), heldForce().runner);
    const stale = runner.run(graph, 'force');
    runner.run(graph, 'timeline');
    expect(await stale.finished).toBeNull();
  });

  it('changes nothing once disposed: a run finishing after unmount is dropped', async () => {
    const graph = starNeighbourhood(3, 3);
    const cy = drawn(graph);
    const force = heldForce();
    const runner = createLayoutRunner(cy, force.runner);
    const run = runner.run(graph, 'force');
    runner.dispose();
    expect(force.run(0).cancelled).toBe(true);
    force.run(0).answer(250);
    expect(await run.finished).toBeNull();
    expect(positionsOf(cy)).toEqual(new Map(radialLayout(graph)));
    expect(await runner.run(graph, 'radial').finished).toBeNull();
  });

  it('leaves papers that arrived during a run at their preset place, never at (0,0)', async () => {
    const first = starNeighbourhood(3, 3);
    const more = starNeighbourhood(3, 8);
    const cy = drawn(first);
    const force = heldForce();
    const run = createLayoutRunner(cy, force.runner).run(first, 'force');
    // A page of citations lands while the force layout runs; its papers join at their preset.
    syncElements(cy, more, presetPositions(more, 'force'));
    force.run(0).answer(40);
    // The outcome counts what the run placed: the marker never claims the late papers.
    expect(await run.finished).toMatchObject({ drawn: 'force', nodes: 7 });
    const preset = radialLayout(more);
    const moved = shifted(first, 40);
    for (const node of cy.nodes()) {
      expect(node.position()).toEqual(moved.get(node.id()) ?? preset.get(node.id()));
    }
    const late = more.nodes.filter((n) => !moved.has(n.key));
    expect(late).toHaveLength(5);
    for (const node of late)
      expect(cy.getElementById(node.key).position()).not.toEqual({ x: 0, y: 0 });
  });

  it('draws radial past the force limit, says why, and starts no force work', async () => {
    const graph = starNeighbourhood(0, FORCE_LIMIT);
    const cy = drawn(graph);
    const force = heldForce();
    const run = createLayoutRunner(cy, force.runner).run(graph, 'force');
    expect(run.drawn).toBe('radial');
    const outcome = await run.finished;
    expect(outcome).toMatchObject({ drawn: 'radial', nodes: FORCE_LIMIT + 1 });
    expect(outcome?.note).toMatch(/limited to 3,000 papers/);
    expect(force.runs).toHaveLength(0);
    expect(positionsOf(cy)).toEqual(new Map(radialLayout(graph)));
  });
});
