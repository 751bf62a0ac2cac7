// Keeps the labels in step with the drawing, off the hot path: every change that can move a
// label (zoom or pan ending, a resize, a node dragged, a layout finished, filters, sizes, the
// selection, new data) asks for one relabelling, and asks made within RELABEL_DELAY_MS of each
// other are one. A relabelling measures the candidates, places them greedily by rank
// (src/graph/labels.ts), keeping them from under the legend, and changes classes in one batch. Never per frame: while a gesture runs,
// the labels chosen before it scale with the view and cannot come to overlap.
import type { Core } from 'cytoscape';
import type { CitationGraph } from '../graph/citation-graph';
import { useEffect, useRef } from 'react';
import { placeLabelsAt, type LabelBox } from '../graph/labels';
import {
  applyLabels,
  canvasTextMeasurer,
  labelCandidates,
  POSITION_CLASSES,
  type MeasureText,
} from './label-boxes';
import { labelStep } from './label-steps';

export const RELABEL_DELAY_MS = 150;
/**
 * Emitted on the instance when a layout has placed every node and set the view, with the graph
 * it drew as the extra parameter.
 */
export const LAID_OUT_EVENT = 'citescope-laid-out';
/**
 * Attribute of the graph's frame (the element around Cytoscape's container) holding the zoom the
 * current labels were chosen at.
 */
export const LABELLED_AT = 'data-labelled-at';
/** Empty screen pixels kept between two labels. */
const LABEL_GAP_PX = 3;
/** Drawing text is what costs at scale: past this many, more labels add noise, not reading. */
const MAX_LABELS = 400;

export interface LabelInputs {
  readonly ranks: ReadonlyMap<string, number>;
  /** The ranks of a graph just drawn (see LAID_OUT_EVENT), before React has rendered it. */
  readonly ranksOf: (graph: CitationGraph) => ReadonlyMap<string, number>;
  readonly selectedKey: string | null;
  /** Changes whenever a layout finished (the marker of useGraphLayout). */
  readonly layoutDone: string | null;
  /** Changes whenever the filters or the sizes change what is drawn where. */
  readonly isVisible: unknown;
  readonly sizes: unknown;
}

/** Marks an element drawn over the graph (the legend): no label is placed beneath it. */
export const GRAPH_OVERLAY = 'data-graph-overlay';

/** Where the overlays cover the graph, in the graph's screen pixels. */
export function overlayBoxes(cy: Core): LabelBox[] {
  const container = cy.container();
  if (!container) return [];
  const origin = container.getBoundingClientRect();
  return [...document.querySelectorAll(`[${GRAPH_OVERLAY}]`)].map((overlay) => {
    const rect = overlay.getBoundingClientRect();
    return {
      x1: rect.left - origin.left,
      y1: rect.top - origin.top,
      x2: rect.right - origin.left,
      y2: rect.bottom - origin.top,
    };
  });
}

/** Labels the drawn graph now. Returns the chosen node ids, most important first. */
export function relabel(
  cy: Core,
  inputs: Pick<LabelInputs, 'ranks' | 'selectedKey'>,
  measure: MeasureText,
  obstacles: readonly LabelBox[] = [],
): string[] {
  const { candidates, steps } = labelCandidates(cy, {
    ...inputs,
    step: labelStep(cy.zoom()),
    measure,
  });
  const placed = placeLabelsAt(candidates, { gap: LABEL_GAP_PX, limit: MAX_LABELS, obstacles });
  applyLabels(
    cy,
    new Map(
      placed.map(({ key, position }) => [
        key,
        { step: steps.get(key) ?? 0, position: POSITION_CLASSES[position] ?? '' },
      ]),
    ),
  );
  return placed.map((label) => label.key);
}

export function useGraphLabels(cy: Core | null, inputs: LabelInputs): void {
  const latest = useRef(inputs);
  useEffect(() => {
    latest.current = inputs;
  });
  const schedule = useRef<() => void>(() => undefined);

  useEffect(() => {
    if (!cy) return;
    const measure = canvasTextMeasurer();
    let timer: number | undefined;
    const run = (drawn?: CitationGraph) => {
      timer = undefined;
      if (cy.destroyed()) return;
      const { ranks, ranksOf, selectedKey } = latest.current;
      const inputs = { ranks: drawn ? ranksOf(drawn) : ranks, selectedKey };
      relabel(cy, inputs, measure, overlayBoxes(cy));
      // Says which view the labels were chosen for, so tests can wait for a relabelling. On the
      // frame, never on Cytoscape's container: Cytoscape watches its container's attributes and
      // answers any change with a resize — every canvas cleared and redrawn 100 ms later.
      const frame = cy.container()?.parentElement;
      const zoom = String(cy.zoom());
      if (frame && frame.getAttribute(LABELLED_AT) !== zoom) frame.setAttribute(LABELLED_AT, zoom);
    };
    const ask = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => run(), RELABEL_DELAY_MS);
    };
    // A layout finished while pages stream in is labelled at once, so its places and its labels
    // are one frame, not two (each a redraw of every element).
    const now = (_event: unknown, drawn?: CitationGraph) => {
      window.clearTimeout(timer);
      run(drawn);
    };
    schedule.current = ask;
    cy.on('viewport resize dragfree', ask);
    cy.on(LAID_OUT_EVENT, now);
    return () => {
      cy.off('viewport resize dragfree', ask);
      cy.off(LAID_OUT_EVENT, now);
      window.clearTimeout(timer);
      schedule.current = () => undefined;
    };
  }, [cy]);

  const { ranks, selectedKey, layoutDone, isVisible, sizes } = inputs;
  useEffect(() => {
    if (cy) schedule.current();
  }, [cy, ranks, selectedKey, layoutDone, isVisible, sizes]);
}
