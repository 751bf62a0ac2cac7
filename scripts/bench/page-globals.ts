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

/** One input event while a keystroke measure runs (input-paint.ts), with performance.now() times. */
export interface RecordedStroke {
  readonly phase: 'year' | 'year cleared' | 'text' | 'text cleared';
  readonly value: string;
  readonly keydownAt: number;
  readonly inputAt: number;
  /** When a task posted from the next animation frame ran: that frame had been produced. */
  paintedAt: number;
  /** When a MessageChannel message posted from that frame arrived. */
  messageAt: number;
}

export interface KeyRecorder {
  /** Which keystrokes are being typed; input events outside a phase are not recorded. */
  phase: RecordedStroke['phase'] | null;
  readonly strokes: RecordedStroke[];
  /** Event Timing entries (PerformanceEventTiming) seen while recording. */
  readonly events: { name: string; startTime: number; duration: number }[];
  readonly eventTiming: boolean;
}

declare global {
  interface Window {
    __bench?: BenchState;
    __benchKeys?: KeyRecorder;
    __benchGraph?: CapturedGraph;
  }
}
