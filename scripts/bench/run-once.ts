// One run at one size, in a fresh browser context: open the generated paper, then measure the
// heap, the year filter, keystrokes typed into the filters, pan and zoom; leave the paper, draw
// its elements with raw Cytoscape, and come back to it (the whole graph from memory), in that
// order.
import type { Browser } from 'playwright-core';
import { heapMB } from './heap';
import { measureInputPaint, type InputPaintResult } from './input-paint';
import { minimumRequests, openGeneratedPaper, type OpenResult } from './open-paper';
import { openBenchPage } from './page';
import { measurePanZoom, type PanZoomResult } from './pan-zoom';
import { rawCytoscape, type RawResult } from './raw-cytoscape';
import { leavePaper, reopenFromCache } from './reopen';
import { measureYearFilter, type YearFilterResult } from './year-filter';

/** The twin's generated paper is from 2010 with citations up to 2025: this hides about half. */
export const FILTER_FROM_YEAR = 2018;

/** Until the app says which Cytoscape renderer it chose. */
export const RENDERER_NOT_REPORTED = 'canvas (not reported)';

export interface RunResult {
  readonly size: number;
  readonly open: OpenResult;
  /** Which Cytoscape renderer drew the graph, as the app reports it on the canvas element. */
  readonly renderer: string;
  readonly requestsMeasured: number;
  readonly requestsMinimum: number;
  readonly raw: RawResult;
  /**
   * The whole graph from memory: Back to the paper, its lists in the query cache. NaN past the
   * default citation cap, where Back shows the first 5,000 citations again (not the same graph).
   */
  readonly reopenMs: number;
  /** Data ready → interactive over raw Cytoscape (default style), both in this run. */
  readonly overhead: number;
  /** Click → interactive over raw Cytoscape (default style): the whole journey. */
  readonly openVsRaw: number;
  /** The same, against raw Cytoscape with the app's stylesheet and options. */
  readonly overheadSameStyle: number;
  /** The whole graph from memory over raw Cytoscape (default style). */
  readonly overheadWholeGraph: number;
  readonly yearFilter: YearFilterResult;
  /** The year filter over Cytoscape alone making the same class change, in this run. */
  readonly filterVsAlone: number;
  readonly inputPaint: InputPaintResult;
  readonly panZoom: PanZoomResult;
  readonly heapWelcomeMB: number;
  readonly heapMB: number;
  /** Back on the Welcome screen after the paper (its lists still in the query cache). */
  readonly heapLeftMB: number;
  readonly errors: readonly string[];
}

export async function runOnce(browser: Browser, baseUrl: string, size: number): Promise<RunResult> {
  const bench = await openBenchPage(browser, new URL(`?twin=bench-${size}`, baseUrl).href);
  try {
    const { page } = bench;
    await page.getByRole('button', { name: /^Generated paper with/ }).waitFor({ timeout: 60_000 });
    const heapWelcomeMB = await heapMB(page);
    const open = await openGeneratedPaper(page);
    const renderer = await page.evaluate(
      (fallback) =>
        document.querySelector('[data-layout-done]')?.getAttribute('data-renderer') ?? fallback,
      RENDERER_NOT_REPORTED,
    );
    const heap = await heapMB(page);
    const yearFilter = await measureYearFilter(page, FILTER_FROM_YEAR);
    const inputPaint = await measureInputPaint(page, FILTER_FROM_YEAR);
    const panZoom = await measurePanZoom(page);
    await leavePaper(page);
    const raw = await rawCytoscape(page);
    await page.evaluate(() => delete window.__benchGraph);
    const heapLeftMB = await heapMB(page);
    const reopened = await reopenFromCache(page);
    // Only the same graph compares with raw Cytoscape (see Reopened.nodes).
    const reopenMs = reopened.nodes === open.nodes ? reopened.ms : Number.NaN;
    return {
      size,
      open,
      renderer,
      requestsMeasured: Object.values(open.requests).reduce((a, b) => a + b, 0),
      requestsMinimum: minimumRequests(open.references, open.citations),
      raw,
      reopenMs,
      overhead: open.readyToInteractiveMs / raw.default.ms,
      openVsRaw: open.openToInteractiveMs / raw.default.ms,
      overheadSameStyle: open.readyToInteractiveMs / raw.app.ms,
      overheadWholeGraph: reopenMs / raw.default.ms,
      yearFilter,
      filterVsAlone: yearFilter.applyMs / yearFilter.directMs,
      inputPaint,
      panZoom,
      heapWelcomeMB,
      heapMB: heap,
      heapLeftMB,
      errors: [...bench.errors],
    };
  } finally {
    await bench.close();
  }
}
