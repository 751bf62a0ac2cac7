// The canvas with its real layout code, in jsdom. The force layout's Web Worker is replaced by
// a stand-in the test answers by hand, so a test decides when (and whether) a run finishes.
import type { Core } from 'cytoscape';
import { render } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildCitationGraph } from '../graph/citation-graph';
import { addExpansions } from '../graph/expansion';
import type { ForceInput } from '../graph/layout/force';
import type { Point } from '../graph/layout/positions';
import { radialLayout } from '../graph/layout/radial';
import { GraphCanvas } from './graph-canvas';
import { canvasProps, exposedCy, settle } from './graph-canvas.test-kit';
import { FORCE_LIMIT } from './layouts';
import { starNeighbourhood } from '../test-support/graphs';
import { link, paper } from '../test-support/papers';

/** Stands in for the force layout's worker: records what it was given and answers on demand. */
class HeldWorker {
  static made: HeldWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  input: ForceInput | null = null;
  terminated = false;

  constructor() {
    HeldWorker.made.push(this);
  }

  postMessage(input: ForceInput): void {
    this.input = input;
  }

  terminate(): void {
    this.terminated = true;
  }

  /** Answers with every node mirrored: references land right of the centre, citations left. */
  answerMirrored(): void {
    // A terminated worker says nothing more.
    if (this.terminated || !this.input) return;
    const data: Record<string, Point> = {};
    for (const node of this.input.nodes) data[node.key] = { x: -node.x, y: node.y };
    this.onmessage?.(new MessageEvent('message', { data }));
  }

  /** Answers as d3 does with pinned nodes: those stay, the others are mirrored. */
  answerPinned(): void {
    if (this.terminated || !this.input) return;
    const pinned = new Set(this.input.pinned);
    const data: Record<string, Point> = {};
    for (const node of this.input.nodes) {
      data[node.key] = { x: pinned.has(node.key) ? node.x : -node.x, y: node.y };
    }
    this.onmessage?.(new MessageEvent('message', { data }));
  }
}

const lastWorker = (): HeldWorker => {
  const worker = HeldWorker.made.at(-1);
  if (!worker) throw new Error('No force worker was started');
  return worker;
};

const marker = (container: HTMLElement) =>
  container.querySelector('[data-layout-done]')?.getAttribute('data-layout-done') ?? null;

const positionsOf = (core: Core) => new Map(core.nodes().map((n) => [n.id(), n.position()]));

beforeEach(() => {
  HeldWorker.made = [];
  vi.stubGlobal('Worker', HeldWorker);
  vi.stubEnv('VITE_EXPOSE_CY', 'true');
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

describe('GraphCanvas layouts', () => {
  it('draws the force layout when its run finishes, and says so', async () => {
    const graph = starNeighbourhood(6, 9);
    const onLayoutDrawn = vi.fn();
    const { container } = render(
      <GraphCanvas {...canvasProps(graph, 'force', { onLayoutDrawn })} />,
    );
    const worker = lastWorker();
    worker.answerMirrored();
    await settle();
    const reference = graph.nodes.find((n) => n.relation === 'reference')?.key ?? '';
    expect(exposedCy().getElementById(reference).position('x')).toBeGreaterThan(0);
    expect(marker(container)).toBe(`force:${graph.nodes.length + 1}`);
    expect(onLayoutDrawn).toHaveBeenLastCalledWith('force', null);
    expect(worker.terminated).toBe(true);
  });

  it('ends radial when Radial is chosen while the force layout is still running', async () => {
    const graph = starNeighbourhood(6, 9);
    const onLayoutDrawn = vi.fn();
    const { container, rerender } = render(
      <GraphCanvas {...canvasProps(graph, 'force', { onLayoutDrawn })} />,
    );
    const force = lastWorker();
    rerender(<GraphCanvas {...canvasProps(graph, 'radial', { onLayoutDrawn })} />);
    // The force run is stale now: an answer it still gives must not land.
    force.answerMirrored();
    await settle();
    expect(positionsOf(exposedCy())).toEqual(new Map(radialLayout(graph)));
    expect(marker(container)).toBe(`radial:${graph.nodes.length + 1}`);
    expect(onLayoutDrawn.mock.calls).toEqual([['radial', null]]);
    expect(force.terminated).toBe(true);
  });

  it('stops the force worker when the canvas goes away', async () => {
    const { unmount } = render(<GraphCanvas {...canvasProps(starNeighbourhood(3, 3), 'force')} />);
    const worker = lastWorker();
    unmount();
    expect(worker.terminated).toBe(true);
    worker.answerMirrored();
    await settle();
  });

  it('lays out once more under StrictMode, and stops the worker it no longer needs', async () => {
    const graph = starNeighbourhood(4, 4);
    const { container } = render(
      <StrictMode>
        <GraphCanvas {...canvasProps(graph, 'force')} />
      </StrictMode>,
    );
    const live = HeldWorker.made.filter((w) => !w.terminated);
    expect(live).toHaveLength(1);
    live[0]?.answerMirrored();
    await settle();
    expect(marker(container)).toBe(`force:${graph.nodes.length + 1}`);
  });

  it('puts papers that arrive during a force run at their radial place, never at (0,0)', async () => {
    const first = starNeighbourhood(5, 5);
    // Twice as many papers: a page that doubles the graph is drawn while the stream goes on.
    const more = starNeighbourhood(5, 20);
    const { container, rerender } = render(
      <GraphCanvas {...canvasProps(first, 'force', { streaming: true })} />,
    );
    const running = lastWorker();
    // A page lands while the force layout runs: the next run starts from the radial places.
    rerender(<GraphCanvas {...canvasProps(more, 'force', { streaming: true })} />);
    running.answerMirrored();
    await settle();
    const preset = radialLayout(more);
    const firstKeys = new Set(first.nodes.map((n) => n.key));
    for (const node of more.nodes) {
      if (firstKeys.has(node.key)) continue;
      expect(exposedCy().getElementById(node.key).position()).toEqual(preset.get(node.key));
    }
    // The marker counts what the finished layout placed, so nobody mistakes it for the whole.
    expect(marker(container)).not.toBe(`force:${more.nodes.length + 1}`);
    // The last page is in: the layout that waited runs over every paper.
    rerender(<GraphCanvas {...canvasProps(more, 'force', { streaming: false })} />);
    lastWorker().answerMirrored();
    await settle();
    expect(marker(container)).toBe(`force:${more.nodes.length + 1}`);
  });
});

describe('GraphCanvas while pages stream in', () => {
  const keysOf = (cy: Core) => new Set(cy.nodes().map((node) => node.id()));

  it('draws a page only once the graph has doubled, and every paper when the last page is in', async () => {
    const first = starNeighbourhood(5, 5);
    const page2 = starNeighbourhood(5, 10);
    const page3 = starNeighbourhood(5, 16);
    // The filters hide the citations from the sixth on, in the model all along.
    const late = new Set(
      page3.nodes
        .filter((n) => n.relation === 'citation')
        .slice(5)
        .map((n) => n.key),
    );
    const isVisible = (node: { key: string }) => !late.has(node.key);
    const props = (graph: typeof first, streaming: boolean) =>
      canvasProps(graph, 'radial', { streaming, isVisible });
    const { container, rerender } = render(<GraphCanvas {...props(first, true)} />);
    await settle();
    rerender(<GraphCanvas {...props(page2, true)} />);
    await settle();
    // 15 papers after 10: not yet drawn, the drawing still shows the first page.
    expect(keysOf(exposedCy()).size).toBe(first.nodes.length + 1);
    expect(marker(container)).toBe(`radial:${first.nodes.length + 1}`);
    rerender(<GraphCanvas {...props(page3, true)} />);
    await settle();
    // 21 papers after 10: drawn, late papers filtered as the model says.
    expect(keysOf(exposedCy())).toEqual(
      new Set([page3.centre.id, ...page3.nodes.map((n) => n.key)]),
    );
    const hidden = exposedCy()
      .nodes('.is-hidden')
      .map((node) => node.id());
    expect(new Set(hidden)).toEqual(late);
    const last = starNeighbourhood(5, 20);
    rerender(<GraphCanvas {...props(last, true)} />);
    await settle();
    expect(exposedCy().nodes()).toHaveLength(page3.nodes.length + 1);
    rerender(<GraphCanvas {...props(last, false)} />);
    await settle();
    expect(exposedCy().nodes()).toHaveLength(last.nodes.length + 1);
    expect(marker(container)).toBe(`radial:${last.nodes.length + 1}`);
    expect(
      exposedCy()
        .getElementById(last.nodes.at(-1)?.key ?? '')
        .hasClass('is-hidden'),
    ).toBe(false);
  });
});

describe('GraphCanvas opening another paper while its lists stream in', () => {
  it("draws the new paper's first page at once, never keeping the old paper on screen", async () => {
    const old = starNeighbourhood(5, 20);
    const next = buildCitationGraph({
      centre: paper(900),
      references: [link(paper(901)), link(paper(902))],
      citations: [],
    });
    const props = (graph: typeof old) => canvasProps(graph, 'radial', { streaming: true });
    const { rerender } = render(<GraphCanvas {...props(old)} />);
    await settle();
    rerender(<GraphCanvas {...props(next)} />);
    await settle();
    const ids = new Set(
      exposedCy()
        .nodes()
        .map((node) => node.id()),
    );
    expect(ids).toEqual(new Set([paper(900).id, paper(901).id, paper(902).id]));
  });
});

describe('GraphCanvas growing a force picture', () => {
  it('keeps the settled papers in place when an expansion adds papers, and lays out all on a switch', async () => {
    const graph = starNeighbourhood(4, 4);
    const expanded = addExpansions(graph, [
      { id: paper(10).id, references: [link(paper(500)), link(paper(501))], citations: [] },
    ]);
    const { container, rerender } = render(<GraphCanvas {...canvasProps(graph, 'force')} />);
    lastWorker().answerMirrored();
    await settle();
    const settled = new Map(
      exposedCy()
        .nodes()
        .map((n) => [n.id(), { ...n.position() }]),
    );
    rerender(<GraphCanvas {...canvasProps(expanded, 'force')} />);
    const grown = lastWorker();
    expect(new Set(grown.input?.pinned)).toEqual(new Set(settled.keys()));
    grown.answerPinned();
    await settle();
    for (const [key, point] of settled)
      expect(exposedCy().getElementById(key).position()).toEqual(point);
    expect(marker(container)).toBe(`force:${expanded.nodes.length + 1}`);
    // Radial, then Force again: the whole picture is laid out anew.
    rerender(<GraphCanvas {...canvasProps(expanded, 'radial')} />);
    await settle();
    rerender(<GraphCanvas {...canvasProps(expanded, 'force')} />);
    expect(lastWorker().input?.pinned).toEqual([]);
  });
});

describe('GraphCanvas past the force limit', () => {
  it('reports radial with its note, and the app following that choice costs no new run', async () => {
    const graph = starNeighbourhood(0, FORCE_LIMIT);
    const onLayoutDrawn = vi.fn();
    const { container, rerender } = render(
      <GraphCanvas {...canvasProps(graph, 'force', { onLayoutDrawn })} />,
    );
    await settle();
    expect(onLayoutDrawn.mock.calls).toEqual([['radial', expect.stringMatching(/limited/)]]);
    expect(marker(container)).toBe(`radial:${FORCE_LIMIT + 1}`);
    expect(HeldWorker.made).toEqual([]);
    // The app puts what is drawn into the URL: nothing to redo, and the note stands.
    rerender(<GraphCanvas {...canvasProps(graph, 'radial', { onLayoutDrawn })} />);
    await settle();
    expect(onLayoutDrawn).toHaveBeenCalledTimes(1);
    // Drawing 3,001 papers in jsdom takes seconds on a busy machine.
  }, 30_000);
});
