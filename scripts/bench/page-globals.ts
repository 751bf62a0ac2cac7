// What the benchmark keeps inside the page it drives (see page.ts). `window.__cy` and
// `window.__twinRequests` are declared by the app itself.
import type { Core, CytoscapeOptions, ElementDefinition, StylesheetJson } from 'cytoscape';

export interface BenchState {
  /** performance.now() at each frame Cytoscape drew (its `render` event). */
  readonly renders: number[];
  /** performance.now() at each Cytoscape instance the app created. */
  readonly created: number[];
  /** performance.now() at each click the page received. */
  readonly clicks: number[];
  /** rAF timestamps collected while a gesture runs (pan-zoom.ts). */
  frames: number[];
  recording: boolean;
}

/** The app's graph, kept for raw Cytoscape after the app's own instance is gone. */
export interface CapturedGraph {
  readonly Cytoscape: new (options: CytoscapeOptions) => Core;
  readonly elements: ElementDefinition[];
  readonly style: StylesheetJson;
  readonly box: { left: number; top: number; width: number; height: number };
}

declare global {
  interface Window {
    __bench?: BenchState;
    __benchGraph?: CapturedGraph;
  }
}
