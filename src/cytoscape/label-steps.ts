// Labels that stay readable at any zoom. Cytoscape sizes text in graph units, so a fixed font is
// 3 px on screen at the overview zoom of a large graph and 40 px zoomed in. Instead, a labelled
// node carries, as data, the font, halo and gap of the zoom step it was labelled at (steps a
// quarter-octave apart) in graph units, so that on screen they come out at LABEL_PX..LABEL_PX·2^¼;
// one rule maps them. Relabelling after a zoom touches only the labelled nodes.
import type { StylesheetJsonBlock } from 'cytoscape';

export const MIN_ZOOM = 0.02;
export const MAX_ZOOM = 4;

/** Screen size of a label's text, at or above the stylesheet's min-zoomed-font-size. */
export const LABEL_PX = 13;
/** The centre's label is this many steps larger (2^½ ≈ 1.41×). */
export const CENTRE_STEPS = 2;
const HALO_PX = 2.5;
const GAP_PX = 2;
const STEPS_PER_DOUBLING = 4;

const MIN_STEP = Math.floor(Math.log2(MIN_ZOOM) * STEPS_PER_DOUBLING);
const LAST_STEP = Math.ceil(Math.log2(MAX_ZOOM) * STEPS_PER_DOUBLING);

/** The zoom step at or just below `zoom`: labels chosen there render at ≥ LABEL_PX. */
export function labelStep(zoom: number): number {
  // A hair of tolerance: a zoom of exactly 2^(k/4) belongs to step k despite rounding.
  const step = Math.floor(Math.log2(zoom) * STEPS_PER_DOUBLING + 1e-9);
  return Number.isFinite(step) ? Math.min(LAST_STEP, Math.max(MIN_STEP, step)) : MIN_STEP;
}

/** The zoom a step stands for. */
function stepZoom(step: number): number {
  return 2 ** (step / STEPS_PER_DOUBLING);
}

export interface LabelMetrics {
  /** In graph units. */
  readonly fontSize: number;
  readonly halo: number;
  readonly margin: number;
}

export function labelMetrics(step: number): LabelMetrics {
  const zoom = stepZoom(step);
  return { fontSize: LABEL_PX / zoom, halo: HALO_PX / zoom, margin: GAP_PX / zoom };
}

/** The data a labelled node carries for its step (read by labelMetricsRule). */
export function labelData(step: number): Record<string, number> {
  const { fontSize, halo, margin } = labelMetrics(step);
  return { labelFont: fontSize, labelHalo: halo, labelMargin: margin };
}

/**
 * One rule for every step: its metrics as data on the labelled nodes. A rule per step (34 of
 * them) made Cytoscape test every node against 34 more selectors whenever its style was
 * computed — about a third of styling 1,000 new papers.
 */
export function labelMetricsRule(): StylesheetJsonBlock {
  // Cytoscape's types allow a data mapper for some properties only; it maps any of them.
  const style: Record<string, string> = {
    'font-size': 'data(labelFont)',
    'text-outline-width': 'data(labelHalo)',
    'text-margin-y': 'data(labelMargin)',
  };
  return { selector: 'node.has-label[labelFont]', style };
}
