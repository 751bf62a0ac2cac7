// The only component that owns a Cytoscape instance: created once in an effect, destroyed in
// its cleanup; data changes are patched in by id, filters, selection and labels are classes,
// the theme is a stylesheet, and the layout runs only when the node set or the chosen layout
// changes.
import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CitationGraph, GraphNode } from '../graph/citation-graph';
import type { LayoutName, Point } from '../graph/layout/positions';
import type { Measure, SizeBy } from '../graph/node-size';
import styles from './graph-canvas.module.css';
import { useGraphLayout } from './use-graph-layout';
import { runForceInWorker, type ForceRunner } from './force-runner';
import { graphImageHandle, type GraphImageHandle } from './graph-image';
import { handleGraphKey } from './keyboard';
import { afterNextPaint } from './after-paint';
import { applyVisibility } from './visibility';
import { useFollowMoves } from './use-follow-moves';
import { graphStylesheet } from './stylesheet';
import { HoverTitle, useHoverTitle } from './hover-title';
import { useCanvasEvents } from './use-canvas-events';
import { MAX_ZOOM, MIN_ZOOM } from './label-steps';
import type { Theme } from './palette';
import { useSizing, useTheme } from './use-appearance';
import { useGraphLabels } from './use-graph-labels';
import { useFocusWhenDrawn } from './use-focus-when-drawn';
import { useDocumentTheme } from './use-document-theme';
import { rendererChoice } from './renderer-choice';
import { TimelineAxis } from './timeline-axis';

export interface GraphCanvasProps {
  readonly graph: CitationGraph;
  readonly layout: LayoutName;
  readonly isVisible: (node: GraphNode) => boolean;
  readonly selectedKey: string | null;
  readonly onSelect: (key: string | null) => void;
  /** Double click (or Enter on a selected node): make that paper the centre. */
  readonly onOpen: (key: string) => void;
  /** E on a selected node: expand that paper in place, or collapse it. */
  readonly onExpand?: (key: string) => void;
  /**
   * Told what each finished layout drew (past FORCE_LIMIT a force choice is drawn radially) and
   * a note saying why when that differs from `layout`: the URL and the marker name what is drawn.
   */
  readonly onLayoutDrawn?: (drawn: LayoutName, note: string | null) => void;
  /** Receives a handle for images and positions while the graph is drawn (null after). */
  readonly onImageHandle?: (handle: GraphImageHandle | null) => void;
  /** True while list pages are still arriving (layouts are then spaced out). */
  readonly streaming?: boolean;
  /** Positions from an opened snapshot: applied once, after the first layout. */
  readonly restorePositions?: Readonly<Record<string, Point>> | null;
  /** Starts force layouts (a Web Worker by default); tests pass one they control. */
  readonly forceRunner?: ForceRunner;
  /** Colours of the drawing (exports stay light). Default: `data-theme` on <html>, else light. */
  readonly theme?: Theme;
  /** What node size (and the order labels go to papers) follows. Default 'citations'. */
  readonly sizeBy?: SizeBy;
  /**
   * The values `sizeBy` follows when it is not citations (in-graph counts, or PageRank); null
   * until the links among papers are in.
   */
  readonly measure?: Measure | null;
  /** Focus the graph once it is drawn (once per centre paper). */
  readonly autoFocus?: boolean;
}

/** The focusable graph surface's id: a skip link points at it. */
export const GRAPH_SURFACE_ID = 'citation-graph';

declare global {
  interface Window {
    __cy?: Core;
  }
}

export function GraphCanvas(props: GraphCanvasProps) {
  const { graph, layout, isVisible, selectedKey } = props;
  const container = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const [renderer] = useState(rendererChoice);
  const hover = useHoverTitle();

  useEffect(() => {
    if (!container.current) return;
    const instance = cytoscape({
      container: container.current,
      style: graphStylesheet('light'),
      // Viewport optimisations: draw a texture while panning/zooming, skip edges meanwhile.
      textureOnViewport: true,
      hideEdgesOnViewport: true,
      pixelRatio: 1,
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      boxSelectionEnabled: false,
      // Only where WebGL runs on a GPU (see renderer-choice.ts); Cytoscape's defaults otherwise.
      ...(renderer.renderer === 'webgl' ? { renderer: { name: 'canvas', webgl: true } } : {}),
    });
    if (import.meta.env.VITE_EXPOSE_CY === 'true') window.__cy = instance;
    setCy(instance);
    return () => {
      if (window.__cy === instance) delete window.__cy;
      instance.destroy();
    };
  }, [renderer]);

  // Before the layout hook: elements arrive styled in the right theme.
  const documentTheme = useDocumentTheme();
  const theme = useTheme(cy, props.theme ?? documentTheme);
  const { done: layoutDone, drawnGraph } = useGraphLayout(cy, graph, layout, selectedKey, {
    onLayoutDrawn: props.onLayoutDrawn,
    streaming: props.streaming ?? false,
    restorePositions: props.restorePositions ?? null,
    forceRunner: props.forceRunner ?? runForceInWorker,
    isVisible,
  });

  const { onImageHandle } = props;
  useEffect(() => {
    if (!cy || !onImageHandle) return;
    onImageHandle(graphImageHandle(cy, theme));
    return () => {
      onImageHandle(null);
    };
  }, [cy, onImageHandle, theme]);
  // Sizes, labels, filters and the selection follow what is drawn: while pages stream in, pages
  // held back (see useGraphLayout) cost the drawing nothing.
  const { sizes, ranks, ranksOf } = useSizing(
    cy,
    drawnGraph,
    props.sizeBy ?? 'citations',
    props.measure ?? null,
  );

  const byKey = useMemo(() => new Map(drawnGraph.nodes.map((n) => [n.key, n])), [drawnGraph]);
  // Papers are drawn filtered (see useGraphLayout); a change of filters is applied after the
  // frame that shows the input that changed them.
  useEffect(() => {
    if (!cy) return;
    return afterNextPaint(() => {
      if (!cy.destroyed()) applyVisibility(cy, byKey, isVisible);
    });
  }, [cy, byKey, isVisible]);

  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements('.is-selected, .is-highlighted').removeClass('is-selected is-highlighted');
      if (!selectedKey) return;
      const node = cy.getElementById(selectedKey);
      node.addClass('is-selected');
      node.connectedEdges().addClass('is-highlighted');
    });
  }, [cy, selectedKey, drawnGraph]);

  useGraphLabels(cy, { ranks, ranksOf, selectedKey, layoutDone, isVisible, sizes });
  useFocusWhenDrawn(container, props.autoFocus === true && layoutDone !== null, graph.centre.id);
  useCanvasEvents(cy, props, hover.show, hover.hide);
  useFollowMoves(cy);

  return (
    <div
      className={styles.canvas}
      data-layout-done={layoutDone ?? undefined}
      data-renderer={renderer.renderer}
      data-gpu={renderer.gpu ?? undefined}
    >
      {/* role="application": a drawn graph with its own keyboard model (see keyboard.ts). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- see above */}
      <div
        ref={container}
        id={GRAPH_SURFACE_ID}
        className={styles.surface}
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a keyboard widget
        tabIndex={0}
        role="application"
        aria-roledescription="citation graph"
        aria-label={`Citation graph of “${graph.centre.title ?? 'the paper'}”. Arrow keys move between papers, Enter makes the selected paper the centre, Escape clears the selection, plus and minus zoom, 0 shows everything. The list beside the graph holds the same papers.`}
        onKeyDown={(event) => {
          if (cy && handleGraphKey(cy, event.key, props)) event.preventDefault();
        }}
      />
      <HoverTitle state={hover.state} />
      {cy && layout === 'timeline' && <TimelineAxis cy={cy} graph={graph} />}
    </div>
  );
}
