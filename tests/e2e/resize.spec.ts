// The graph when the room around it changes: a window made smaller (or a panel or status line
// taking height) resizes the canvas and fits the papers into it again, until the reader has
// moved the view; then their view is kept. A graph moved on the page still takes clicks where
// its papers are drawn.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_CENTRE_ID } from '../../mocks/sample';
import { openOnScreen, selectNode, settledStatus, type OpenedPage } from './app-page';
import { launchChromium } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

/** Waits until Cytoscape's canvas has the container's laid-out size, and says how it is filled. */
async function fittedTo(page: Page) {
  await page.waitForFunction(() => {
    const cy = window.__cy;
    const room = cy?.container()?.getBoundingClientRect();
    return (
      cy && room && cy.width() === Math.round(room.width) && cy.height() === Math.round(room.height)
    );
  });
  return page.evaluate(() => {
    const cy = window.__cy;
    if (!cy) throw new Error('no __cy');
    const box = cy.nodes().renderedBoundingBox();
    return {
      width: cy.width(),
      inside: box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height(),
      filled: Math.max(box.w / cy.width(), box.h / cy.height()),
      zoom: cy.zoom(),
    };
  });
}

/** The sample's paper on a desktop screen, its lists in. */
async function openSample(): Promise<OpenedPage> {
  const opened = await openOnScreen(
    browser,
    { width: 1400, height: 900 },
    `?paper=${SAMPLE_CENTRE_ID}`,
  );
  await settledStatus(opened.page);
  return opened;
}

describe('the graph when its room changes', () => {
  it('fits the papers into a smaller canvas, and keeps a view the reader chose', async () => {
    const { page, errors, close } = await openSample();
    const wide = await fittedTo(page);
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.waitForFunction((before) => (window.__cy?.width() ?? before) < before, wide.width);
    // Papers are fitted in a frame after the resize: wait until they are all inside.
    await expect.poll(async () => (await fittedTo(page)).inside, { timeout: 10_000 }).toBe(true);
    const narrow = await fittedTo(page);
    expect(narrow.width).toBeLessThan(wide.width);
    expect(narrow.filled).toBeGreaterThanOrEqual(0.75);
    // A view the reader zoomed into stays as it is when the room changes again.
    const box = await page.locator('#citation-graph').boundingBox();
    if (!box) throw new Error('no graph on screen');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    await page.waitForFunction((zoom) => (window.__cy?.zoom() ?? zoom) > zoom, narrow.zoom);
    const zoomed = await page.evaluate(() => window.__cy?.zoom() ?? 0);
    await page.setViewportSize({ width: 1200, height: 800 });
    const again = await fittedTo(page);
    expect(again.width).toBeGreaterThan(narrow.width);
    expect(again.zoom).toBe(zoomed);
    expect(errors).toEqual([]);
    await close();
  });

  it('takes a click where a paper is drawn after the graph has moved on the page', async () => {
    const { page, errors, close } = await openSample();
    // What a line above the graph going away does: the graph moves, its size stays.
    const moved = await page.evaluate(() => {
      const frame = window.__cy?.container()?.parentElement;
      if (!frame) throw new Error('no graph on the page');
      const before = frame.getBoundingClientRect().top;
      frame.style.transform = 'translateY(-60px)';
      return before - frame.getBoundingClientRect().top;
    });
    expect(moved).toBe(60);
    const id = await page.evaluate(
      () =>
        window.__cy
          ?.nodes()
          .filter((n) => n.data('relation') !== 'centre')
          .first()
          .id() ?? '',
    );
    await selectNode(page, id);
    expect(errors).toEqual([]);
    await close();
  });
});
