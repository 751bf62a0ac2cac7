// The graph as shown, as files: a PNG and an SVG of every displayed element (nodes hidden by the
// filters carry `display: none`, which both the bounds and the drawing skip), and the positions
// the layout gave each node, for a view snapshot. Images are always drawn in the light theme:
// a figure goes on a white page, whatever the screen shows.
import type { Core } from 'cytoscape';
import { graphSvg } from './graph-svg';
import type { Point } from '../graph/layout/positions';
import type { Theme } from './palette';
import { graphStylesheet } from './stylesheet';

const BACKGROUND = '#ffffff';
/** Browsers refuse canvases much beyond 16k px a side or ~250 M px; stay well inside. */
const MAX_SIDE = 8192;

interface Box {
  readonly w: number;
  readonly h: number;
}

/** The requested scale, reduced so that a very spread-out graph still fits a canvas. */
export function imageScale(box: Box, requested: number): number {
  const fit = MAX_SIDE / Math.max(box.w, box.h, 1);
  return Math.min(requested, fit);
}

export interface PngOptions {
  /** Image pixels per graph unit: 2 gives a sharp image on high-density screens. */
  readonly scale?: number;
}

export function exportPng(cy: Core, { scale = 2 }: PngOptions = {}): Promise<Blob> {
  return cy.png({
    output: 'blob-promise',
    full: true,
    bg: BACKGROUND,
    scale: imageScale(cy.elements().boundingBox(), scale),
  });
}

export function exportSvg(cy: Core): Promise<string> {
  return Promise.resolve(graphSvg(cy));
}

/** Where each node stands, keyed by node id (hidden nodes included: they keep their place). */
export function graphPositions(cy: Core): Record<string, Point> {
  const positions: Record<string, Point> = {};
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    positions[node.id()] = { x: x + 0, y: y + 0 };
  });
  return positions;
}

/**
 * Runs `draw` with the light stylesheet in place. Both the PNG and the SVG read the styles
 * synchronously, so switching back right after never shows on screen (no frame in between).
 */
export function drawnInLight<T>(cy: Core, theme: Theme, draw: () => T): T {
  if (theme === 'light') return draw();
  cy.style(graphStylesheet('light'));
  try {
    return draw();
  } finally {
    cy.style(graphStylesheet(theme));
  }
}

/** What the rest of the app may do with a drawn graph, without touching Cytoscape itself. */
export interface GraphImageHandle {
  readonly png: () => Promise<Blob>;
  readonly svg: () => Promise<string>;
  readonly positions: () => Record<string, Point>;
}

/** `theme` tells which theme the canvas shows when an image is asked for. */
export function graphImageHandle(cy: Core, theme: () => Theme = () => 'light'): GraphImageHandle {
  return {
    png: () => drawnInLight(cy, theme(), () => exportPng(cy, { scale: 2 })),
    svg: () => drawnInLight(cy, theme(), () => exportSvg(cy)),
    positions: () => graphPositions(cy),
  };
}
