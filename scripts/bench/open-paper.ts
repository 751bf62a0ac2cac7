// Opens the twin's generated paper from the Welcome screen and waits until both lists are in
// memory and the graph shows every node; past the app's default citation cap it presses
// "Load all the API allows" and waits again. Timings come from the app's performance marks and
// the frames Cytoscape drew (see page.ts).
import type { Page } from 'playwright-core';
import './page-globals';

export interface OpenResult {
  readonly nodes: number;
  readonly edges: number;
  readonly references: number;
  readonly citations: number;
  /** From the later data-ready mark to the first frame after the complete graph-laid-out mark. */
  readonly readyToInteractiveMs: number;
  /** Of that, until the complete graph-laid-out mark (the app's script; the rest is the draw). */
  readonly readyToLaidOutMs: number;
  /**
   * How long after the data was ready the app created its Cytoscape instance (0 if before):
   * time spent waiting for the lazily loaded graph chunk.
   */
  readonly canvasWaitMs: number;
  /** From the click on the paper to that same frame (includes loading and every re-layout). */
  readonly openToInteractiveMs: number;
  /** graph-laid-out marks: the graph is re-laid out as pages stream in. */
  readonly layouts: number;
  readonly requests: Readonly<Record<string, number>>;
}

const LOAD_TIMEOUT = 180_000;

/** Both lists loaded (`citationMarks` times for citations), graph laid out, a frame drawn. */
async function settled(page: Page, citationMarks: number): Promise<void> {
  await page.waitForFunction(
    (marks) => {
      const cy = window.__cy;
      // The status line is the one status whose counts are joined by " · ".
      const status =
        [...document.querySelectorAll('[role="status"]')]
          .map((element) => element.textContent)
          .find((text) => text.includes(' · ')) ?? 'loading';
      if (!cy || status.includes('loading')) return false;
      if (performance.getEntriesByName('citescope:data-ready:references').length === 0) {
        return false;
      }
      if (performance.getEntriesByName('citescope:data-ready:citations').length < marks) {
        return false;
      }
      const done = document.querySelector('[data-layout-done]')?.getAttribute('data-layout-done');
      if (!done?.endsWith(`:${cy.nodes().length}`)) return false;
      const laidOut = performance.getEntriesByName('citescope:graph-laid-out').at(-1);
      return laidOut !== undefined && (window.__bench?.renders.at(-1) ?? 0) > laidOut.startTime;
    },
    citationMarks,
    { timeout: LOAD_TIMEOUT, polling: 100 },
  );
}

export async function openGeneratedPaper(page: Page): Promise<OpenResult> {
  await page.getByRole('button', { name: /^Generated paper with/ }).click();
  await settled(page, 1);
  const loadAll = page.getByRole('button', { name: 'Load all the API allows' });
  if (await loadAll.isVisible()) {
    await loadAll.click();
    await settled(page, 2);
  }
  return page.evaluate(() => {
    const cy = window.__cy;
    const bench = window.__bench;
    if (!cy || !bench) throw new Error('The page has no window.__cy: is this the e2e build?');
    const marks = performance.getEntriesByType('mark') as PerformanceMark[];
    const links = (m: PerformanceMark | undefined) =>
      (m?.detail as { links?: number } | null)?.links ?? Number.NaN;
    const ready = marks.filter((m) => m.name.startsWith('citescope:data-ready:'));
    const readyAt = Math.max(...ready.map((m) => m.startTime));
    const count = cy.nodes().length;
    const laidOut = marks.filter((m) => m.name === 'citescope:graph-laid-out');
    const complete = laidOut.filter((m) =>
      String((m.detail as { layout?: string } | null)?.layout).endsWith(`:${count}`),
    );
    // The first complete layout after the data was ready; if the last page was drawn before its
    // mark (not expected), the frame after the later of the two.
    const final = complete.find((m) => m.startTime >= readyAt) ?? complete.at(-1);
    const from = Math.max(readyAt, final?.startTime ?? readyAt);
    const frame = bench.renders.find((t) => t > from) ?? Number.NaN;
    return {
      nodes: count,
      edges: cy.edges().length,
      references: links(marks.filter((m) => m.name.endsWith(':references')).at(-1)),
      citations: links(marks.filter((m) => m.name.endsWith(':citations')).at(-1)),
      readyToInteractiveMs: frame - readyAt,
      readyToLaidOutMs: (final?.startTime ?? Number.NaN) - readyAt,
      canvasWaitMs: Math.max(0, (bench.created[0] ?? Number.NaN) - readyAt),
      openToInteractiveMs: frame - (bench.clicks[0] ?? Number.NaN),
      layouts: laidOut.length,
      requests: { ...(window.__twinRequests ?? {}) },
    };
  });
}

/** The fewest requests that can load these lists: the paper, then pages of 1,000. */
export function minimumRequests(references: number, citations: number): number {
  return 1 + Math.ceil(references / 1000) + Math.ceil(citations / 1000);
}
