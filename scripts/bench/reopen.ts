// Leaving the paper and coming back. Leaving (for the Welcome screen) destroys the app's
// Cytoscape instance, so raw Cytoscape then runs alone in the page. Back draws the whole graph
// at once from memory: the lists come from the query cache (no request), so this times the app
// turning every node and edge into a drawn graph - the work raw Cytoscape does in
// raw-cytoscape.ts - whereas data ready → interactive at large sizes covers the last page only.
import type { Page } from 'playwright-core';
import './page-globals';

const WELCOME_EXAMPLE = /^Generated paper with/;

/** Keeps the graph for raw-cytoscape.ts, then goes to the Welcome screen. */
export async function leavePaper(page: Page): Promise<void> {
  await page.evaluate(() => {
    const cy = window.__cy;
    const rect = cy?.container()?.getBoundingClientRect();
    if (!cy || !rect) throw new Error('The page has no window.__cy: is this the e2e build?');
    window.__benchGraph = {
      Cytoscape: cy.constructor as NonNullable<Window['__benchGraph']>['Cytoscape'],
      elements: cy.elements().jsons() as unknown as NonNullable<Window['__benchGraph']>['elements'],
      style: (cy.json() as unknown as { style: NonNullable<Window['__benchGraph']>['style'] })
        .style,
      box: { left: rect.left, top: rect.top, width: rect.width, height: rect.height },
    };
    window.history.pushState({ step: 1 }, '', window.location.pathname);
    window.dispatchEvent(new PopStateEvent('popstate'));
  });
  await page.getByRole('button', { name: WELCOME_EXAMPLE }).waitFor();
}

export interface Reopened {
  /** From history.back() to the first frame of the graph laid out with every node. */
  readonly ms: number;
  /** Nodes drawn: past the default citation cap the app shows the first 5,000 again. */
  readonly nodes: number;
}

/** Back to the paper, timed to the first frame of the graph with every node it shows. */
export async function reopenFromCache(page: Page): Promise<Reopened> {
  const start = await page.evaluate(() => {
    const now = performance.now();
    window.history.back();
    return now;
  });
  const handle = await page.waitForFunction(
    (since) => {
      const cy = window.__cy;
      // The status line is the one status whose counts are joined by " · ".
      const status =
        [...document.querySelectorAll('[role="status"]')]
          .map((element) => element.textContent)
          .find((text) => text.includes(' · ')) ?? 'loading';
      if (!cy || status.includes('loading')) return null;
      const count = `:${cy.nodes().length}`;
      const laidOut = performance
        .getEntriesByName('citescope:graph-laid-out')
        .find(
          (m) =>
            m.startTime > since &&
            String(((m as PerformanceMark).detail as { layout?: string } | null)?.layout).endsWith(
              count,
            ),
        );
      const frame = laidOut && window.__bench?.renders.find((t) => t > laidOut.startTime);
      return frame === undefined ? null : { ms: frame - since, nodes: cy.nodes().length };
    },
    start,
    { timeout: 120_000, polling: 100 },
  );
  return (await handle.jsonValue()) ?? { ms: Number.NaN, nodes: 0 };
}
