// The layout runner on a headless Cytoscape with a force runner the test answers by hand. It
// ignores cancel() on purpose: stale answers must be dropped by run id, whatever the runner does.
import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { CitationGraph } from '../graph/citation-graph';
import { addExpansions } from '../graph/expansion';
import type { ForceInput } from '../graph/layout/force';
import type { Point } from '../graph/layout/positions';
import { radialLayout } from '../graph/layout/radial';
import { syncElements } from './elements';
import type { ForceRunner } from './force-runner';
import { createLayoutRunner } from './layout-runner';
import { FORCE_LIMIT, presetPositions } from './layouts';
import { starNeighbourhood } from '../test-support/graphs';
import { link, paper } from '../test-support/papers';

interface HeldRun {
  readonly input: ForceInput;
  cancelled: boolean;
  /** Answers with every node of the input moved right by `dx`, but the pinned ones (as d3 does). */
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
        const pinned = new Set(input.pinned);
        const moved = (n: ForceInput['nodes'][number]) => (pinned.has(n.key) ? 0 : dx);
        resolve(Object.fromEntries(input.nodes.map((n) => [n.key, { x: n.x + moved(n), y: n.y }])));
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

  describe('when papers join a settled force picture', () => {
    const first = starNeighbourhood(3, 3);
    // Paper 10 (a reference) expanded: two papers it cites, one citing it.
    const expanded = addExpansions(first, [
      {
        id: paper(10).id,
        references: [link(paper(500, { year: 1990 })), link(paper(501, { year: 1995 }))],
        citations: [link(paper(502, { year: 2020 }))],
      },
    ]);
    const added = [paper(500).id, paper(501).id, paper(502).id];

    /** A force picture of `first`, settled 40 to the right of the radial one. */
    async function settled() {
      const cy = drawn(first);
      const force = heldForce();
      const runner = createLayoutRunner(cy, force.runner);
      const run = runner.run(first, 'force');
      force.run(0).answer(40);
      await run.finished;
      syncElements(cy, expanded, presetPositions(expanded, 'force'));
      return { cy, force, runner };
    }

    it('keeps the placed papers where they are and moves only the new ones from their preset', async () => {
      const { cy, force, runner } = await settled();
      const run = runner.run(expanded, 'force', { keepPlaced: true });
      const input = force.run(1).input;
      expect(new Set(input.pinned)).toEqual(
        new Set(first.nodes.map((n) => n.key).concat(first.centre.id)),
      );
      force.run(1).answer(15);
      expect(await run.finished).toMatchObject({ drawn: 'force', nodes: 10 });
      const before = shifted(first, 40);
      const preset = radialLayout(expanded);
      for (const node of cy.nodes()) {
        const start = preset.get(node.id());
        const expected = before.get(node.id()) ?? (start && { x: start.x + 15, y: start.y });
        expect(node.position()).toEqual(expected);
      }
    });

    it('lays out everything again when Force is chosen, not kept', async () => {
      const { force, runner } = await settled();
      runner.run(expanded, 'force');
      const input = force.run(1).input;
      expect(input.pinned).toEqual([]);
      const preset = radialLayout(expanded);
      for (const node of input.nodes)
        expect({ x: node.x, y: node.y }).toEqual(preset.get(node.key));
    });

    it("lays out everything when the centre's own neighbours arrive, so pages never change the picture", async () => {
      const { cy, force, runner } = await settled();
      const more = starNeighbourhood(3, 5);
      syncElements(cy, more, presetPositions(more, 'force'));
      runner.run(more, 'force', { keepPlaced: true });
      expect(force.run(1).input.pinned).toEqual([]);
    });

    it('moves nothing and starts no force work when papers were only removed', async () => {
      const { cy, force, runner } = await settled();
      const kept = runner.run(expanded, 'force', { keepPlaced: true });
      force.run(1).answer(15);
      await kept.finished;
      // Copies: a node's position() is the live object.
      const before = new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
      // Collapsed again: the expansion's papers go, the rest stays put.
      syncElements(cy, first, presetPositions(first, 'force'));
      const collapsed = runner.run(first, 'force', { keepPlaced: true });
      expect(await collapsed.finished).toMatchObject({ drawn: 'force', nodes: 7 });
      expect(force.runs).toHaveLength(2);
      for (const node of cy.nodes()) expect(node.position()).toEqual(before.get(node.id()));
      expect(added.every((key) => cy.getElementById(key).empty())).toBe(true);
    });
  });
});
