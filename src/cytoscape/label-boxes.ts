// From the drawn graph to label candidates and back. Each candidate's box is where Cytoscape
// would draw its label at the current zoom step, computed the way Cytoscape computes label
// bounds (text width from the canvas, height = font size, widened by the halo and Cytoscape's
// own 2-unit margin), so the boxes the placement keeps apart are the boxes that get drawn.
// Only papers shown and whose label would lie wholly inside the view are candidates.
import type { Core } from 'cytoscape';
import type { LabelBox, LabelCandidate } from '../graph/labels';
import { CENTRE_STEPS, labelData, labelMetrics } from './label-steps';
import { LABEL_FONT_FAMILY } from './stylesheet';

/** Width of `text` in graph units, as Cytoscape measures it (rounded up). */
export type MeasureText = (text: string, weight: 'normal' | 'bold', size: number) => number;

/** Cytoscape widens every label's bounds by this many graph units. */
const BOUNDS_MARGIN = 2;
const CACHE_LIMIT = 20_000;

/** Measures with a 2D canvas (as Cytoscape does), remembering each label at each size. */
export function canvasTextMeasurer(): MeasureText {
  let context: CanvasRenderingContext2D | null | undefined;
  let current = '';
  const cache = new Map<string, number>();
  return (text, weight, size) => {
    // Cytoscape's own font string, so the two measure alike.
    const font = `normal ${weight} ${size}px ${LABEL_FONT_FAMILY}`;
    const key = `${font}\n${text}`;
    const known = cache.get(key);
    if (known !== undefined) return known;
    context ??= document.createElement('canvas').getContext('2d');
    let width = text.length * size * 0.6;
    if (context) {
      // Setting a font parses it: only when it changes (labels come in a few sizes).
      if (font !== current) {
        context.font = font;
        current = font;
      }
      width = context.measureText(text).width;
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    const rounded = Math.ceil(width);
    cache.set(key, rounded);
    return rounded;
  };
}

export interface CandidateInputs {
  /** Rank of every neighbour by importance (0 first); see src/graph/importance.ts. */
  readonly ranks: ReadonlyMap<string, number>;
  /** The selected paper is labelled before any other but the centre. */
  readonly selectedKey: string | null;
  readonly step: number;
  readonly measure: MeasureText;
}

const NOWHERE: LabelBox = { x1: NaN, y1: NaN, x2: NaN, y2: NaN };

function inView(box: LabelBox, width: number, height: number): boolean {
  return box.x1 >= 0 && box.y1 >= 0 && box.x2 <= width && box.y2 <= height;
}

/** The class of each place a label can take, by position (see placeLabelsAt). */
export const POSITION_CLASSES = ['', 'label-above', 'label-right', 'label-left'] as const;
const ALL_POSITION_CLASSES = POSITION_CLASSES.join(' ');

export interface Candidates {
  readonly candidates: LabelCandidate[];
  /** The zoom step each candidate is drawn at (the centre's is larger). */
  readonly steps: Map<string, number>;
}

export function labelCandidates(cy: Core, inputs: CandidateInputs): Candidates {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const width = cy.width();
  const height = cy.height();
  const candidates: LabelCandidate[] = [];
  const steps = new Map<string, number>();
  cy.nodes().forEach((node) => {
    if (node.hasClass('is-hidden')) return;
    const label = String(node.data('label') ?? '');
    if (!label) return;
    const id = node.id();
    const isCentre = node.data('main') === true;
    const { x, y } = node.position();
    const screenX = x * zoom + pan.x;
    const screenY = y * zoom + pan.y;
    // Cheap rejection first: most nodes of a zoomed-in big graph are far out of view.
    if (!isCentre && (screenX < 0 || screenX > width || screenY < 0 || screenY > height)) return;
    const step = isCentre ? inputs.step - CENTRE_STEPS : inputs.step;
    const { fontSize, halo, margin } = labelMetrics(step);
    const textWidth = inputs.measure(label, isCentre ? 'bold' : 'normal', fontSize);
    const toScreen = (x1: number, y1: number, x2: number, y2: number): LabelBox => {
      const pad = halo + BOUNDS_MARGIN;
      return {
        x1: (x1 - pad) * zoom + pan.x,
        x2: (x2 + pad) * zoom + pan.x,
        y1: (y1 - pad) * zoom + pan.y,
        y2: (y2 + pad) * zoom + pan.y,
      };
    };
    // The node's diameter is its `size` (see the stylesheet): read from the data, since asking
    // Cytoscape for its height computes the node's whole style, for every node in view.
    const half = Number(node.data('size') ?? 0) / 2;
    // In POSITION_CLASSES order: below (with its gap), then above, right and left (no gap: the
    // halo keeps the text off the node). A place out of view is no place (an unmeasurable box).
    const boxes = [
      toScreen(
        x - textWidth / 2,
        y + half + margin,
        x + textWidth / 2,
        y + half + margin + fontSize,
      ),
      toScreen(x - textWidth / 2, y - half - fontSize, x + textWidth / 2, y - half),
      toScreen(x + half, y - fontSize / 2, x + half + textWidth, y + fontSize / 2),
      toScreen(x - half - textWidth, y - fontSize / 2, x - half, y + fontSize / 2),
    ].map((box) => (isCentre || inView(box, width, height) ? box : NOWHERE));
    const [box = NOWHERE, ...alternatives] = boxes;
    if (!isCentre && boxes.every((b) => b === NOWHERE)) return;
    const rank = id === inputs.selectedKey ? -1 : (inputs.ranks.get(id) ?? Number.MAX_SAFE_INTEGER);
    candidates.push(
      isCentre ? { key: id, rank, box, pinned: true } : { key: id, rank, box, alternatives },
    );
    steps.set(id, step);
  });
  return { candidates, steps };
}

/** A label as placed: its zoom step and its position's class (see POSITION_CLASSES). */
export interface PlacedLabel {
  readonly step: number;
  readonly position: string;
}

/** What a node's label is now, kept beside it so a relabelling changes only what moved. */
const LABEL_SCRATCH = 'citescopeLabel';

/** Gives the chosen nodes their label and takes it from the rest, in one batch. */
export function applyLabels(cy: Core, chosen: ReadonlyMap<string, PlacedLabel>): void {
  const strip = `has-label ${ALL_POSITION_CLASSES}`;
  const keyOf = ({ step, position }: PlacedLabel) => `${step} ${position}`;
  cy.batch(() => {
    cy.nodes('.has-label').forEach((node) => {
      const label = chosen.get(node.id());
      if (label && keyOf(label) === node.scratch(LABEL_SCRATCH)) return;
      node.removeClass(strip);
      node.removeScratch(LABEL_SCRATCH);
    });
    for (const [id, label] of chosen) {
      const node = cy.getElementById(id);
      const key = keyOf(label);
      if (node.empty() || (node.hasClass('has-label') && node.scratch(LABEL_SCRATCH) === key))
        continue;
      node.data(labelData(label.step));
      node.addClass(`has-label ${label.position}`.trim());
      node.scratch(LABEL_SCRATCH, key);
    }
  });
}
