// Labels that carry the reading, checked in Chromium from Cytoscape's own state: at the opening
// view of a 1,000-citation paper at least 15 papers are labelled, every label is drawn at or
// above the stylesheet's min-zoomed-font-size, and no two rendered label boxes meet; zooming in
// labels more, still apart. In the dark theme the drawing changes colour and a PNG export keeps
// a white background.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { settledStatus, SHOTS } from './app-page';
import { launchChromium } from './browser';
import { exportAs } from './export-download';
import { pngPixels } from './png-pixels';

/** Each viewport with the least graph the page layout promises it (labels need the room). */
const VIEWPORTS = [
  { width: 1400, height: 900, graphWidth: 600, graphHeight: 400 },
  { width: 1024, height: 700, graphWidth: 614, graphHeight: 300 },
  { width: 390, height: 844, graphWidth: 350, graphHeight: 300 },
] as const;

interface LabelReport {
  readonly zoom: number;
  readonly count: number;
  readonly centreLabelled: boolean;
  /** Labels drawn smaller on screen than the stylesheet lets Cytoscape draw text. */
  readonly unreadable: string[];
  /** Pairs of labels whose rendered boxes intersect. */
  readonly overlapping: string[];
  /** Background and text colours of the centre, as Cytoscape resolved them. */
  readonly centreFill: string;
  readonly labelColour: string;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

async function openBench(size: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
  await page.goto(new URL('?twin=bench-1000', inject('baseUrl')).href);
  await page.getByRole('button', { name: 'Generated paper with 1000 citations' }).click();
  await settledStatus(page);
  await labelsSettled(page);
  return page;
}

/** Waits until the labels were chosen for the view now shown (they follow it, debounced). */
async function labelsSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('[data-labelled-at]')?.getAttribute('data-labelled-at') ===
      String(window.__cy?.zoom()),
    null,
    { timeout: 30_000 },
  );
}

function labelReport(page: Page): Promise<LabelReport> {
  return page.evaluate(() => {
    const cy = window.__cy;
    if (!cy) throw new Error('window.__cy is missing: is this the e2e build?');
    const zoom = cy.zoom();
    const labelled = cy.nodes().filter((n) => n.visible() && String(n.style('label')) !== '');
    const rows = labelled.map((n) => {
      const box = n.renderedBoundingBox({
        includeLabels: true,
        includeNodes: false,
        includeEdges: false,
        includeOverlays: false,
      });
      return {
        label: String(n.style('label')),
        px: parseFloat(String(n.style('font-size'))) * zoom,
        min: parseFloat(String(n.style('min-zoomed-font-size'))),
        box,
      };
    });
    const overlapping: string[] = [];
    rows.forEach((a, i) => {
      for (const b of rows.slice(i + 1)) {
        const meet =
          a.box.x1 < b.box.x2 && b.box.x1 < a.box.x2 && a.box.y1 < b.box.y2 && b.box.y1 < a.box.y2;
        if (meet) overlapping.push(`${a.label} / ${b.label}`);
      }
    });
    const centre = cy.nodes('[relation = "centre"]');
    return {
      zoom,
      count: rows.length,
      centreLabelled: String(centre.style('label')) !== '',
      unreadable: rows.filter((r) => r.px < r.min).map((r) => `${r.label} at ${r.px} px`),
      overlapping,
      centreFill: String(centre.style('background-color')),
      labelColour: String(centre.style('color')),
    };
  });
}

/** Zooms in twice over around the middle of the graph, as a wheel would. */
async function zoomIn(page: Page): Promise<void> {
  await page.evaluate(() => {
    const cy = window.__cy;
    if (!cy) return;
    const middle = { x: cy.width() / 2, y: cy.height() / 2 };
    cy.zoom({ level: cy.zoom() * 2, renderedPosition: middle });
  });
  await labelsSettled(page);
}

describe.each(VIEWPORTS)('labels at $width×$height', (size) => {
  it('labels at least 15 papers readably and apart, and more once zoomed in', async () => {
    const page = await openBench(size);
    await page.screenshot({ path: `${SHOTS}/labels-${size.width}-light.png` });
    const graph = await page.evaluate(() => ({
      w: window.__cy?.width(),
      h: window.__cy?.height(),
    }));
    expect(graph.w, 'the page layout gives the graph its width').toBeGreaterThanOrEqual(
      size.graphWidth,
    );
    expect(graph.h, 'the page layout gives the graph its height').toBeGreaterThanOrEqual(
      size.graphHeight,
    );
    const opening = await labelReport(page);
    expect(opening.centreLabelled).toBe(true);
    expect(opening.count).toBeGreaterThanOrEqual(15);
    expect(opening.unreadable).toEqual([]);
    expect(opening.overlapping).toEqual([]);

    await zoomIn(page);
    const closer = await labelReport(page);
    expect(closer.zoom).toBeGreaterThan(opening.zoom);
    expect(closer.count).toBeGreaterThan(opening.count);
    expect(closer.unreadable).toEqual([]);
    expect(closer.overlapping).toEqual([]);
    await page.close();
  });
});

describe('the dark theme', () => {
  it('recolours nodes and labels, and a PNG export keeps its white background', async () => {
    const page = await openBench(VIEWPORTS[0]);
    const light = await labelReport(page);
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await page.waitForFunction(
      (fill) => window.__cy?.nodes('[relation = "centre"]').style('background-color') !== fill,
      light.centreFill,
    );
    const dark = await labelReport(page);
    expect(dark.labelColour).not.toBe(light.labelColour);
    // Still readable and apart after the restyle.
    expect(dark.count).toBeGreaterThanOrEqual(15);
    expect(dark.overlapping).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/labels-1400-dark.png` });

    const png = await readFile((await exportAs(page, 'PNG image (2×)')).path);
    expect((await pngPixels(page, png, [{ x: 0, y: 0 }]))[0]).toEqual([255, 255, 255, 255]);
    // The screen stays dark after the export.
    expect((await labelReport(page)).centreFill).toBe(dark.centreFill);
    await page.close();
  });
});
