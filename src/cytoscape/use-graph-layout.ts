// Keeps the drawn graph in step with the model: patches elements by id, re-runs the layout only
// when nodes came or went or the layout was switched, and fits the view — unless the user has
// moved it since, so pages streaming in never yank the graph from under the cursor. While pages
// stream in, the drawing catches up only when the graph has doubled since it was last drawn (and
// once the last page is in): every update redraws every element, so drawing 1,000, 2,000, 4,000…
// costs at most as much again as the final picture, where a redraw per page cost five times. Runs go
// through one runner per Cytoscape instance (newest wins, and a settled force picture keeps its
// place when papers join it; see layout-runner.ts).
import type { Core } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import type { CitationGraph, GraphNode } from '../graph/citation-graph';
import type { LayoutName, Point } from '../graph/layout/positions';
import { syncElements } from './elements';
import type { ForceRunner } from './force-runner';
import { createLayoutRunner, type LayoutOutcome, type LayoutRunner } from './layout-runner';
import { applyPositions, presetPositions } from './layouts';
import { fitNodes } from './fit';
import { LAID_OUT_EVENT } from './use-graph-labels';
import { applyVisibility } from './visibility';

/** While pages stream in, the drawing is updated when the graph has grown this many times. */
const STREAM_GROWTH = 2;

interface GraphLayoutOptions {
  /** Told what each finished layout drew, and why when that is not what was chosen. */
  readonly onLayoutDrawn?: ((drawn: LayoutName, note: string | null) => void) | undefined;
  /** True while list pages are still arriving: layouts are then spaced out. */
  readonly streaming: boolean;
  /** Positions to apply once after the first layout (from an opened snapshot). */
  readonly restorePositions: Readonly<Record<string, Point>> | null;
  readonly forceRunner: ForceRunner;
  /** Which papers the filters show: papers drawn late (see STREAM_GROWTH) start filtered. */
  readonly isVisible: (node: GraphNode) => boolean;
}

export interface GraphLayoutState {
  /**
   * A marker of the last finished layout, naming what is drawn and how many nodes it placed
   * ("radial:412"): tests and tools can tell a settled graph from one still being laid out.
   */
  readonly done: string | null;
  /** The model as last drawn (pages held back while streaming are not in it yet). */
  readonly drawnGraph: CitationGraph;
}

export function useGraphLayout(
  cy: Core | null,
  graph: CitationGraph,
  layout: LayoutName,
  selectedKey: string | null,
  options: GraphLayoutOptions,
): GraphLayoutState {
  const latest = useRef({ graph, options, selectedKey });
  useEffect(() => {
    latest.current = { graph, options, selectedKey };
  });
  const pendingRestore = useRef(options.restorePositions);
  const [done, setDone] = useState<string | null>(null);
  // The model as last drawn: sizes, labels and the selection follow it, not pages still held back.
  const [drawnGraph, setDrawnGraph] = useState<CitationGraph | null>(null);
  const runner = useRef<LayoutRunner | null>(null);
  // The layout prop the drawing follows, and what the last run started draws.
  const requested = useRef<LayoutName | null>(null);
  const drawn = useRef<LayoutName | null>(null);
  const userMoved = useRef(false);
  /** Nodes in the model when the drawing last caught up with it. */
  const drawnNodes = useRef(0);
  const drawnCentre = useRef<string | null>(null);
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
    // Cytoscape follows its container's size itself (a resize observer, debounced): keep the
    // whole graph in view when the size changed, until the reader moves it. A second observer
    // here would resize, and redraw every element, twice. Cytoscape also resizes on the window's
    // resize events and on its container's attribute changes, when the size may be the same.
    let size = `${cy.width()}x${cy.height()}`;
    const refit = () => {
      const now = `${cy.width()}x${cy.height()}`;
      if (now === size) return;
      size = now;
      if (!userMoved.current) fitNodes(cy);
    };
    cy.on('resize', refit);
    return () => {
      cy.off('resize', refit);
      cy.off('tapstart scrollzoom pinchzoom', moved);
      instance.dispose();
      runner.current = null;
      deferred.current = null;
      // A new runner has drawn nothing yet (StrictMode runs this between two mounts).
      requested.current = null;
      drawn.current = null;
    };
  }, [cy]);

  useEffect(() => {
    const instance = runner.current;
    if (!cy || !instance) return;
    const firstDraw = requested.current === null;
    const switched = requested.current !== layout;
    const finish = (outcome: LayoutOutcome, graphDrawn: CitationGraph) => {
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
      else if (switched || !userMoved.current) fitNodes(cy);
      // While pages stream in, label the picture in the same frame (one redraw of every element
      // fewer before the next page); once all is in, the graph is drawn first and labelled a
      // moment later, so it can be used sooner.
      if (streaming.current) cy.emit(LAID_OUT_EVENT, [graphDrawn]);
      const marker = `${outcome.drawn}:${outcome.nodes}`;
      // Benchmarks read this mark: every node is placed and the view set.
      performance.mark('citescope:graph-laid-out', { detail: { layout: marker } });
      setDone(marker);
    };
    // An update put off reads the model when it runs, never an older one.
    const update = () => {
      deferred.current = null;
      const current = latest.current;
      drawnNodes.current = current.graph.nodes.length;
      drawnCentre.current = current.graph.centre.id;
      const { added, removed, edgesChanged } = syncElements(
        cy,
        current.graph,
        presetPositions(current.graph, layout),
      );
      setDrawnGraph(current.graph);
      // New papers start filtered as the model says (the canvas's own effect follows later).
      if (added > 0) {
        const byKey = new Map(current.graph.nodes.map((node) => [node.key, node]));
        applyVisibility(cy, byKey, current.options.isVisible);
      }
      requested.current = layout;
      // Radial and timeline place nodes by year and counts only; the force layout also feels edges.
      const relayout = added + removed > 0 || (drawn.current === 'force' && edgesChanged > 0);
      // A switch to what is drawn already (the app following a fallback) needs no new run.
      if (!relayout && (!switched || layout === drawn.current)) return;
      // Papers came or went in a picture the reader chose: a settled force picture keeps its place.
      const keepPlaced = !switched && !firstDraw && added + removed > 0;
      const started = instance.run(current.graph, layout, { keepPlaced });
      drawn.current = started.drawn;
      void started.finished.then((outcome) => {
        if (outcome) finish(outcome, current.graph);
      });
    };
    // Pages streaming in wait until the graph has doubled, or until the last one is in — pages of
    // the paper drawn, never another paper's (a new centre is drawn at once).
    const grown = graph.nodes.length >= drawnNodes.current * STREAM_GROWTH;
    const samePaper = graph.centre.id === drawnCentre.current;
    if (streaming.current && !firstDraw && !switched && samePaper && !grown) {
      deferred.current = update;
      return;
    }
    update();
  }, [cy, graph, layout]);

  // The last page has landed: an update put off while pages streamed in runs at once.
  useEffect(() => {
    streaming.current = options.streaming;
    if (options.streaming || !deferred.current) return;
    deferred.current();
  }, [options.streaming]);

  return { done, drawnGraph: drawnGraph ?? graph };
}
