// From runs to figures: per size, the median of every measure with its range over the runs;
// ratios are taken within each run first (app and raw Cytoscape in the same page), then the
// median of those. Then the targets of the "Speed" issue, met or missed.
import type { Keystroke } from './input-paint';
import type { RunResult } from './run-once';
import { spread, type Spread } from './stats';

export interface SizeSummary {
  readonly size: number;
  readonly runs: number;
  readonly nodes: number;
  readonly edges: number;
  readonly references: number;
  readonly citations: number;
  readonly layouts: number;
  /** Cytoscape's renderer as the app reported it; several joined by " / " if runs differed. */
  readonly renderer: string;
  readonly requestsMeasured: number;
  readonly requestsMinimum: number;
  readonly requestsByEndpoint: Readonly<Record<string, number>>;
  readonly openMs: Spread;
  readonly readyMs: Spread;
  readonly canvasWaitMs: Spread;
  readonly readyToLaidOutMs: Spread;
  readonly rawDefaultScriptMs: Spread;
  readonly rawDefaultMs: Spread;
  readonly rawAppMs: Spread;
  readonly rawAppNoLabelsMs: Spread;
  readonly reopenMs: Spread;
  readonly overhead: Spread;
  /** Open → interactive over raw Cytoscape, per run. */
  readonly openVsRaw: Spread;
  readonly overheadSameStyle: Spread;
  readonly overheadWholeGraph: Spread;
  readonly filterApplyMs: Spread;
  readonly filterBeforeClassesMs: Spread;
  readonly filterClearMs: Spread;
  readonly filterDirectMs: Spread;
  /** Year filter over Cytoscape alone, per run. */
  readonly filterVsAlone: Spread;
  /** Per run: the p95 and the worst of every keystroke's input → painted frame. */
  readonly keystrokeP95Ms: Spread;
  readonly keystrokeMaxMs: Spread;
  /** The same p95 from each keystroke's keydown (counts a wait before the input event). */
  readonly keystrokeKeydownP95Ms: Spread;
  /** Event Timing's p95 for the same input events (a cross-check). */
  readonly keystrokeEventP95Ms: Spread;
  /** Every keystroke of every run, in order. */
  readonly keystrokes: readonly (readonly Keystroke[])[];
  readonly hidden: number;
  readonly frameMs: Spread;
  readonly frameMedianMs: Spread;
  readonly frameWorstMs: Spread;
  readonly msPerEvent: Spread;
  readonly codeFrameMs: Spread;
  /** Frames of the gestures, and how many of them Cytoscape drew (real input; code). */
  readonly gestureFrames: { readonly input: [number, number]; readonly code: [number, number] };
  readonly heapMB: Spread;
  readonly heapWelcomeMB: Spread;
  readonly heapLeftMB: Spread;
  readonly errors: readonly string[];
}

export function summariseSize(size: number, runs: readonly RunResult[]): SizeSummary {
  const of = (pick: (run: RunResult) => number) => spread(runs.map(pick));
  const last = runs.at(-1);
  if (!last) throw new Error(`No successful run at ${size}.`);
  return {
    size,
    runs: runs.length,
    nodes: last.open.nodes,
    edges: last.open.edges,
    references: last.open.references,
    citations: last.open.citations,
    layouts: last.open.layouts,
    renderer: [...new Set(runs.map((r) => r.renderer))].join(' / '),
    requestsMeasured: of((r) => r.requestsMeasured).median,
    requestsMinimum: of((r) => r.requestsMinimum).median,
    requestsByEndpoint: last.open.requests,
    openMs: of((r) => r.open.openToInteractiveMs),
    readyMs: of((r) => r.open.readyToInteractiveMs),
    canvasWaitMs: of((r) => r.open.canvasWaitMs),
    readyToLaidOutMs: of((r) => r.open.readyToLaidOutMs),
    rawDefaultScriptMs: of((r) => r.raw.default.scriptMs),
    rawDefaultMs: of((r) => r.raw.default.ms),
    rawAppMs: of((r) => r.raw.app.ms),
    rawAppNoLabelsMs: of((r) => r.raw.appNoLabels.ms),
    reopenMs: of((r) => r.reopenMs),
    overhead: of((r) => r.overhead),
    openVsRaw: of((r) => r.openVsRaw),
    overheadSameStyle: of((r) => r.overheadSameStyle),
    overheadWholeGraph: of((r) => r.overheadWholeGraph),
    filterApplyMs: of((r) => r.yearFilter.applyMs),
    filterBeforeClassesMs: of((r) => r.yearFilter.beforeClassesMs),
    filterClearMs: of((r) => r.yearFilter.clearMs),
    filterDirectMs: of((r) => r.yearFilter.directMs),
    filterVsAlone: of((r) => r.filterVsAlone),
    keystrokeP95Ms: of((r) => r.inputPaint.p95Ms),
    keystrokeMaxMs: of((r) => r.inputPaint.maxMs),
    keystrokeKeydownP95Ms: of((r) => r.inputPaint.keydownP95Ms),
    keystrokeEventP95Ms: of((r) => r.inputPaint.eventDurationP95Ms),
    keystrokes: runs.map((r) => r.inputPaint.keystrokes),
    hidden: last.yearFilter.hidden,
    frameMs: of((r) => r.panZoom.input.meanMs),
    frameMedianMs: of((r) => r.panZoom.input.medianMs),
    frameWorstMs: of((r) => r.panZoom.input.worstMs),
    msPerEvent: of((r) => r.panZoom.msPerEvent),
    codeFrameMs: of((r) => r.panZoom.code.meanMs),
    gestureFrames: {
      input: [last.panZoom.input.frames, last.panZoom.input.draws],
      code: [last.panZoom.code.frames, last.panZoom.code.draws],
    },
    heapMB: of((r) => r.heapMB),
    heapWelcomeMB: of((r) => r.heapWelcomeMB),
    heapLeftMB: of((r) => r.heapLeftMB),
    errors: [...new Set(runs.flatMap((r) => r.errors))],
  };
}

export interface Target {
  readonly name: string;
  readonly limit: string;
  readonly measured: string;
  readonly met: boolean;
}

const ms = (value: number) =>
  Number.isFinite(value) ? `${Math.round(value).toLocaleString('en')} ms` : '–';

export function targets(sizes: readonly SizeSummary[], initialGzipKB: number): Target[] {
  const at = (size: number) => sizes.find((s) => s.size === size);
  const list: Target[] = sizes.map((s) => ({
    name: `Requests at ${s.size.toLocaleString('en')}`,
    limit: `= ${s.requestsMinimum} (1 + ⌈${s.references}/1000⌉ + ⌈${s.citations}/1000⌉)`,
    measured: String(s.requestsMeasured),
    met: s.requestsMeasured <= s.requestsMinimum,
  }));
  const top = at(10_000);
  if (top) {
    list.push({
      name: 'Open → interactive at 10,000, ÷ raw Cytoscape',
      limit: '≤ 2.5',
      measured: `${top.openVsRaw.median.toFixed(2)} (${ms(top.openMs.median)} / ${ms(top.rawDefaultMs.median)})`,
      met: top.openVsRaw.median <= 2.5,
    });
  }
  for (const size of [100, 1_000, 5_000, 10_000]) {
    const s = at(size);
    if (!s) continue;
    list.push({
      name: `Overhead (data ready → interactive ÷ raw Cytoscape) at ${size.toLocaleString('en')}`,
      limit: '≤ 1.5',
      measured: `${s.overhead.median.toFixed(2)} (${ms(s.readyMs.median)} / ${ms(s.rawDefaultMs.median)})`,
      met: s.overhead.median <= 1.5,
    });
  }
  const mid = at(5_000);
  if (mid) {
    list.push({
      name: 'Year filter at 5,000, ÷ Cytoscape alone (median of per-run ratios)',
      limit: '≤ 0.5',
      measured: `${mid.filterVsAlone.median.toFixed(2)} (${ms(mid.filterApplyMs.median)} / ${ms(mid.filterDirectMs.median)})`,
      met: mid.filterVsAlone.median <= 0.5,
    });
  }
  if (top) {
    list.push({
      name: 'Keystroke painted while 10,000 nodes filter (p95)',
      limit: '≤ 50 ms',
      measured: `${ms(top.keystrokeP95Ms.median)} (worst ${ms(top.keystrokeMaxMs.median)})`,
      met: top.keystrokeP95Ms.median <= 50,
    });
  }
  if (mid) {
    list.push({
      name: 'Pan/zoom frame at 5,000 (mean, real input)',
      limit: '≤ 33 ms',
      measured: ms(mid.frameMs.median),
      met: mid.frameMs.median <= 33,
    });
  }
  list.push({
    name: 'Initial JS',
    limit: '≤ 160 KB gzip',
    measured: `${initialGzipKB.toFixed(1)} KB`,
    met: initialGzipKB <= 160,
  });
  return list;
}
