// Keeps the drawn graph in step with the model: patches elements by id, re-runs the layout only
// when nodes came or went or the layout was switched, and fits the view — unless the user has
// moved it since, so pages streaming in never yank the graph from under the cursor. Runs go
// through one runner per Cytoscape instance (newest wins, and a settled force picture keeps its
// place when papers join it; see layout-runner.ts).
import type { Core } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import type { CitationGraph } from '../graph/citation-graph';
import type { LayoutName, Point } from '../graph/layout/positions';
import { syncElements } from './elements';
import type { ForceRunner } from './force-runner';
import { createLayoutRunner, type LayoutOutcome, type LayoutRunner } from './layout-runner';
import { applyPositions, presetPositions } from './layouts';

const STREAM_GAP_MS = 1000;

interface GraphLayoutOptions {
  /** Told what each finished layout drew, and why when that is not what was chosen. */
  readonly onLayoutDrawn?: ((drawn: LayoutName, note: string | null) => void) | undefined;
  /** True while list pages are still arriving: layouts are then spaced out. */
  readonly streaming: boolean;
  /** Positions to apply once after the first layout (from an opened snapshot). */
  readonly restorePositions: Readonly<Record<string, Point>> | null;
  readonly forceRunner: ForceRunner;
}

/**
 * Returns a marker of the last finished layout, naming what is drawn and how many nodes it
 * placed ("radial:412"): tests and tools can tell a settled graph from one still being laid out.
 */
export function useGraphLayout(
  cy: Core | null,
  graph: CitationGraph,
  layout: LayoutName,
  selectedKey: string | null,
  options: GraphLayoutOptions,
): string | null {
  const latest = useRef({ graph, options, selectedKey });
  useEffect(() => {
    latest.current = { graph, options, selectedKey };
  });
  const pendingRestore = useRef(options.restorePositions);
  const [done, setDone] = useState<string | null>(null);
  const runner = useRef<LayoutRunner | null>(null);
  // The layout prop the drawing follows, and what the last run started draws.
  const requested = useRef<LayoutName | null>(null);
  const drawn = useRef<LayoutName | null>(null);
  const userMoved = useRef(false);
  const lastRun = useRef(0);
  const pending = useRef<number | undefined>(undefined);
  const deferred = useRef<(() => void) | null>(null);
  const streaming = useRef(options.streaming);

  useEffect(() => {
    if (!cy) return;
    const instance = createLayoutRunner(cy, (input) => latest.current.options.forceRunner(input));
    runner.current = instance;
    const moved = () => {
      userMoved.current = true;
    };
    cy.on('tapstart scrollzoom pinchzoom', moved);
    // Cytoscape sizes its canvas to the window's resizes only; the page around the graph can
    // change the container too (a status line wrapping, a panel or tab appearing). Follow it,
    // and keep the whole graph in view until the reader moves it.
    const container = cy.container();
    const observer =
      container && typeof ResizeObserver === 'function'
        ? new ResizeObserver(() => {
            cy.resize();
            if (!userMoved.current && cy.nodes().nonempty()) cy.fit(cy.nodes(), 40);
          })
        : null;
    if (container) observer?.observe(container);
    return () => {
      observer?.disconnect();
      cy.off('tapstart scrollzoom pinchzoom', moved);
      instance.dispose();
      runner.current = null;
      window.clearTimeout(pending.current);
      deferred.current = null;
      // A new runner has drawn nothing yet (StrictMode runs this between two mounts).
      requested.current = null;
      drawn.current = null;
    };
  }, [cy]);

  useEffect(() => {
    const instance = runner.current;
    if (!cy || !instance) return;
    const { added, removed, edgesChanged } = syncElements(
      cy,
      graph,
      presetPositions(graph, layout),
    );
    const firstDraw = requested.current === null;
    const switched = requested.current !== layout;
    requested.current = layout;
    // Radial and timeline place nodes by year and counts only; the force layout also feels edges.
    const relayout = added + removed > 0 || (drawn.current === 'force' && edgesChanged > 0);
    // Papers came or went in a picture the reader chose: a settled force picture keeps its place.
    const keepPlaced = !switched && !firstDraw && added + removed > 0;
    // A switch to what is drawn already (the app following a fallback) needs no new run.
    if (!relayout && (!switched || layout === drawn.current)) return;
    const finish = (outcome: LayoutOutcome) => {
      latest.current.options.onLayoutDrawn?.(outcome.drawn, outcome.note);
      const restore = pendingRestore.current;
      if (restore) {
        pendingRestore.current = null;
        applyPositions(cy, new Map(Object.entries(restore)));
      }
      const key = latest.current.selectedKey;
      const selected = key ? cy.getElementById(key) : null;
      // After a switch keep the selected paper in view; otherwise show the whole graph.
      if (switched && !firstDraw && selected?.nonempty()) cy.fit(selected.closedNeighborhood(), 80);
      // Fit to the nodes: haystack edges can keep a stale bounding box after nodes move.
      else if (switched || !userMoved.current) cy.fit(cy.nodes(), 40);
      const marker = `${outcome.drawn}:${outcome.nodes}`;
      // Benchmarks read this mark: every node is placed and the view set.
      performance.mark('citescope:graph-laid-out', { detail: { layout: marker } });
      setDone(marker);
    };
    // A run put off reads the model and the choice when it starts, never older ones.
    const run = () => {
      lastRun.current = performance.now();
      const started = instance.run(latest.current.graph, requested.current ?? layout, {
        keepPlaced,
      });
      drawn.current = started.drawn;
      void started.finished.then((outcome) => {
        if (outcome) finish(outcome);
      });
    };
    // While pages stream in, lay out at most once per STREAM_GAP: new nodes already appear at
    // their place in the final picture, and each full layout costs a redraw of everything.
    const since = performance.now() - lastRun.current;
    window.clearTimeout(pending.current);
    deferred.current = null;
    if (streaming.current && !switched && !firstDraw && since < STREAM_GAP_MS) {
      deferred.current = run;
      pending.current = window.setTimeout(() => {
        deferred.current = null;
        run();
      }, STREAM_GAP_MS - since);
      return;
    }
    run();
  }, [cy, graph, layout]);

  // The last page has landed: a layout put off while pages streamed in runs at once.
  useEffect(() => {
    streaming.current = options.streaming;
    if (options.streaming || !deferred.current) return;
    window.clearTimeout(pending.current);
    const run = deferred.current;
    deferred.current = null;
    run();
  }, [options.streaming]);

  return done;
}
