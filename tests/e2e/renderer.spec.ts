// Which Cytoscape renderer draws the graph, in a real Chromium. Here Chromium draws WebGL with
// SwiftShader (on the CPU), where the WebGL renderer is slower than the canvas: the detection
// must keep the canvas. The `citescope:renderer` setting forces the WebGL renderer, and the graph
// must then still be drawn, picked by a click and exported.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_CENTRE_ID } from '../../mocks/sample';
import { centreId, openApp, selectNode, settledStatus, SHOTS } from './app-page';
import { launchChromium } from './browser';
import { exportAs } from './export-download';
import { pngPixels } from './png-pixels';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

/** What the graph's wrapper says about its renderer, and the canvases Cytoscape made. */
function rendererState(page: Page) {
  return page.evaluate(() => {
    const wrapper = document.querySelector('[data-layout-done]');
    const surface = window.__cy?.container();
    return {
      renderer: wrapper?.getAttribute('data-renderer') ?? null,
      gpu: wrapper?.getAttribute('data-gpu') ?? null,
      webglLayers: surface?.querySelectorAll('canvas[data-id$="-webgl"]').length ?? -1,
      nodes: window.__cy?.nodes().length ?? 0,
    };
  });
}

/** The colour on screen at the centre paper's node and at the graph's top-left corner. */
async function centreAndCorner(page: Page): Promise<string[]> {
  const id = await centreId(page);
  const point = await page.evaluate((nodeId) => {
    const cy = window.__cy;
    if (!cy) throw new Error('window.__cy is missing');
    const node = cy.getElementById(nodeId);
    cy.center(node);
    return node.renderedPosition();
  }, id);
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  const shot = await page.locator('#citation-graph').screenshot();
  const [centre = '', corner = ''] = (
    await pngPixels(page, shot, [
      { x: Math.round(point.x), y: Math.round(point.y) },
      { x: 2, y: 2 },
    ])
  ).map((rgba) => rgba.join(','));
  return [centre, corner];
}

describe('the renderer', () => {
  it('is the canvas where WebGL runs in software', async () => {
    const page = await openApp(browser, `?paper=${SAMPLE_CENTRE_ID}`);
    await settledStatus(page);
    const state = await rendererState(page);
    expect(state.renderer).toBe('canvas');
    expect(state.gpu).toMatch(/SwiftShader/);
    expect(state.webglLayers).toBe(0);
    const [centre, corner] = await centreAndCorner(page);
    expect(centre).not.toBe(corner);
    await page.screenshot({ path: `${SHOTS}/renderer-canvas.png` });
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('is WebGL when the setting asks for it, and the graph is drawn, picked and exported', async () => {
    const page = await openApp(browser, `?paper=${SAMPLE_CENTRE_ID}`);
    const before = await settledStatus(page);
    const onCanvas = await rendererState(page);
    await page.evaluate(() => localStorage.setItem('citescope:renderer', 'webgl'));
    await page.reload();
    expect(await settledStatus(page)).toBe(before);

    const state = await rendererState(page);
    expect(state.renderer).toBe('webgl');
    expect(state.webglLayers).toBe(1);
    // The same papers as the canvas drew.
    expect(state.nodes).toBeGreaterThan(100);
    expect(state.nodes).toBe(onCanvas.nodes);

    // Drawn: the centre paper's node is not the background.
    const [centre, corner] = await centreAndCorner(page);
    expect(centre).not.toBe(corner);
    await page.screenshot({ path: `${SHOTS}/renderer-webgl.png` });

    // Picked: the WebGL renderer finds the node under the pointer from its own picking buffer.
    const id = await centreId(page);
    await selectNode(page, id);

    // Exported: the PNG is drawn by the canvas code paths the WebGL renderer keeps.
    const png = await readFile((await exportAs(page, 'PNG image (2×)')).path);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(10_000);

    expect(page.errors).toEqual([]);
    await page.close();
  });
});
