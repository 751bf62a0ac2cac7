// The page at three sizes, as a person sees it: a wide desktop (three columns), a small laptop or
// tablet (the graph with a tabbed side panel) and a phone held upright (one column, touch). The
// graph's box is read from Cytoscape's container, gestures go through Chromium's own input.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_CENTRE_ID, SAMPLE_CENTRE_TITLE } from '../../mocks/sample';
import { openOnScreen, selectNode, settledStatus, SHOTS, type OpenedPage } from './app-page';
import { launchChromium } from './browser';

interface Viewport {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  /** A phone: touch input and the mobile viewport. */
  readonly touch: boolean;
  /** Panels in tabs beside or below the graph, instead of columns of their own. */
  readonly tabs: boolean;
}

const DESKTOP: Viewport = { name: 'desktop', width: 1400, height: 900, touch: false, tabs: false };
const TABLET: Viewport = { name: 'tablet', width: 1024, height: 700, touch: false, tabs: true };
const PHONE: Viewport = { name: 'phone', width: 390, height: 844, touch: true, tabs: true };

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

async function open(viewport: Viewport, paper = SAMPLE_CENTRE_ID): Promise<OpenedPage> {
  const opened = await openOnScreen(browser, viewport, `?paper=${paper}`);
  await settledStatus(opened.page);
  return opened;
}

const graphBox = (page: Page) =>
  page.evaluate(() => {
    const box = window.__cy?.container()?.getBoundingClientRect();
    if (!box) throw new Error('No graph on the page');
    return { left: box.left, top: box.top, width: box.width, height: box.height };
  });

const pageExtent = (page: Page) =>
  page.evaluate(() => {
    const root = document.documentElement;
    return {
      scrollWidth: root.scrollWidth,
      clientWidth: root.clientWidth,
      scrollHeight: root.scrollHeight,
      clientHeight: root.clientHeight,
    };
  });

/** Chooses a node as a person would: a tap on a phone, a click elsewhere. */
const chooseNode = (page: Page, viewport: Viewport, id: string) =>
  selectNode(page, id, { touch: viewport.touch });

/** A paper around the centre that has not been visited yet, with its title. */
function neighbour(page: Page, visited: readonly string[]) {
  return page.evaluate((seen) => {
    const node = window.__cy
      ?.nodes()
      .filter((n) => n.data('relation') !== 'centre' && !seen.includes(n.id()))
      .sort((a, b) => Number(b.data('citations') ?? 0) - Number(a.data('citations') ?? 0))
      .first();
    if (!node || node.empty()) throw new Error('No neighbour left to visit');
    return { id: node.id(), title: String(node.data('title')) };
  }, visited);
}

/** True when the element's middle is on screen and a pointer there would reach it. */
const inReach = (locator: Locator) =>
  locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (box.width === 0 || x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
    const hit = document.elementFromPoint(x, y);
    return hit !== null && (hit === element || element.contains(hit));
  });

/** How many lines of text a button's label takes. */
const lines = (locator: Locator) =>
  locator.evaluate((element) => {
    const style = getComputedStyle(element);
    const inner =
      element.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    return Math.round(inner / parseFloat(style.lineHeight));
  });

const details = (page: Page) => page.getByRole('region', { name: 'Paper details' });

async function showPanel(page: Page, viewport: Viewport, name: string): Promise<void> {
  if (viewport.tabs) await page.getByRole('tab', { name }).click();
}

describe.each([DESKTOP, TABLET, PHONE])('at $width×$height ($name)', (viewport) => {
  it('gives the graph its room, never scrolls sideways, and (desktop) fits the window', async () => {
    const { page, errors, close } = await open(viewport);
    const graph = await graphBox(page);
    if (viewport === DESKTOP) {
      expect(graph.width).toBeGreaterThanOrEqual(0.45 * viewport.width);
      expect(graph.height).toBeGreaterThanOrEqual(500);
    } else if (viewport === TABLET) {
      expect(graph.width).toBeGreaterThanOrEqual(0.6 * viewport.width);
      expect(graph.height).toBeGreaterThanOrEqual(400);
    } else {
      expect(graph.width).toBeGreaterThanOrEqual(350);
      expect(graph.height).toBeGreaterThanOrEqual(300);
    }
    // The drawing uses the room it is given: the papers span most of the canvas one way (the
    // fit keeps 40 px clear on each side, a fifth of a phone).
    const filled = await page.evaluate(() => {
      const cy = window.__cy;
      if (!cy) throw new Error('no __cy');
      // The container as laid out now, not the size Cytoscape last measured.
      const room = cy.container()?.getBoundingClientRect();
      if (!room) throw new Error('no container');
      const box = cy.nodes().renderedBoundingBox();
      return Math.max(box.w / room.width, box.h / room.height);
    });
    expect(filled).toBeGreaterThanOrEqual(0.75);
    await page.screenshot({ path: `${SHOTS}/responsive-${viewport.name}.png` });
    const extent = await pageExtent(page);
    expect(extent.scrollWidth).toBeLessThanOrEqual(extent.clientWidth);
    // Each panel scrolls on its own: the page itself never scrolls into blank space.
    if (viewport === DESKTOP) expect(extent.scrollHeight).toBeLessThanOrEqual(extent.clientHeight);

    // Every panel is there, and none of them is wider than the window either.
    for (const name of ['Details', 'Papers', 'Filters']) {
      await showPanel(page, viewport, name);
      const panel =
        name === 'Details'
          ? details(page)
          : name === 'Papers'
            ? page.getByRole('table')
            : page.getByRole('region', { name: 'Filters' });
      expect(await panel.isVisible()).toBe(true);
      const after = await pageExtent(page);
      expect(after.scrollWidth).toBeLessThanOrEqual(after.clientWidth);
    }
    await showPanel(page, viewport, 'Papers');
    expect(await page.locator('tbody tr[data-paper-id]').count()).toBeGreaterThan(5);
    expect(errors).toEqual([]);
    await close();
  });

  it('keeps the legend out of the way below 1280 px, one press away everywhere', async () => {
    const { page, close } = await open(viewport);
    const legend = page.locator('[aria-label="Legend"]');
    const toggle = page.getByRole('button', { name: 'Legend' });
    const foldedAtFirst = viewport.width < 1280;
    expect(await toggle.getAttribute('aria-expanded')).toBe(String(!foldedAtFirst));
    expect(await legend.isVisible()).toBe(!foldedAtFirst);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe(String(foldedAtFirst));
    expect(await legend.isVisible()).toBe(foldedAtFirst);
    await toggle.click();
    expect(await legend.isVisible()).toBe(!foldedAtFirst);
    await close();
  });

  it('shows the chosen paper whole in the details, its links in reach', async () => {
    const { page, close } = await open(viewport);
    // The centre, with its TL;DR and abstract: its DOI and arXiv links are on screen at once.
    await showPanel(page, viewport, 'Details');
    const reach = async (link: Locator) => {
      if (viewport.touch) await link.scrollIntoViewIfNeeded();
      return inReach(link);
    };
    for (const name of ['Semantic Scholar', 'DOI', 'arXiv']) {
      expect(await reach(details(page).getByRole('link', { name })), name).toBe(true);
    }

    const { id, title } = await neighbour(page, [SAMPLE_CENTRE_ID]);
    if (viewport.touch) await page.evaluate(() => window.scrollTo(0, 0));
    await chooseNode(page, viewport, id);
    const heading = details(page).getByRole('heading', { name: title });
    await heading.waitFor();
    const links = await details(page).getByRole('link').all();
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(await reach(link), (await link.textContent()) ?? '').toBe(true);
    }
    // Nothing in the panel is cut off at its side.
    const clipped = await details(page).evaluate(
      (panel) => panel.scrollWidth > panel.clientWidth + 1,
    );
    expect(clipped).toBe(false);
    await close();
  });

  // Five hops, each loading and laying out a neighbourhood: slow on a busy machine.
  it(
    'after five hops, the trail reads from the first title to the current paper',
    { timeout: 150_000 },
    async () => {
      const { page, errors, close } = await open(viewport);
      const visited = [SAMPLE_CENTRE_ID];
      const titles = [SAMPLE_CENTRE_TITLE];
      for (let hop = 0; hop < 5; hop += 1) {
        const next = await neighbour(page, visited);
        if (viewport.touch) {
          // The hops go through the list here; a tap on the graph has a test of its own below.
          await showPanel(page, viewport, 'Papers');
          await page.locator(`tr[data-paper-id="${next.id}"] button`).first().click();
          await showPanel(page, viewport, 'Details');
        } else {
          await chooseNode(page, viewport, next.id);
        }
        await details(page).getByRole('button', { name: 'Make centre' }).click();
        await page.waitForFunction(
          (id) => window.__cy?.getElementById(id).data('relation') === 'centre',
          next.id,
        );
        await settledStatus(page);
        visited.push(next.id);
        titles.push(next.title);
      }
      if (viewport.touch) await page.evaluate(() => window.scrollTo(0, 0));
      const trail = page.getByRole('navigation', { name: 'Path taken' });
      const first = trail.getByRole('button', { name: SAMPLE_CENTRE_TITLE });
      const more = trail.getByRole('button', { name: /^3 more/ });
      const current = trail.locator('[aria-current="step"]');
      expect(await current.textContent()).toBe(titles[5]);
      // Each is on screen, inside the trail, wide enough to read a few words.
      const box = await trail.boundingBox();
      for (const part of [first, more, current]) {
        const partBox = await part.boundingBox();
        expect(partBox).not.toBeNull();
        if (!box || !partBox) continue;
        expect(partBox.x).toBeGreaterThanOrEqual(box.x - 1);
        expect(partBox.x + partBox.width).toBeLessThanOrEqual(box.x + box.width + 1);
        expect(partBox.x + partBox.width).toBeLessThanOrEqual(viewport.width);
        expect(await inReach(part)).toBe(true);
      }
      expect((await current.boundingBox())?.width).toBeGreaterThanOrEqual(80);
      await page.screenshot({ path: `${SHOTS}/responsive-trail-${viewport.name}.png` });
      for (const name of [/Back/, /Forward/]) {
        expect(await lines(page.getByRole('button', { name }))).toBe(1);
      }
      // The middle opens on request; the keyboard lands on the first step it showed.
      await more.click();
      for (const title of titles.slice(0, 5)) {
        expect(await trail.getByRole('button', { name: title }).count()).toBe(1);
      }
      const focused = await page.evaluate(() => document.activeElement?.textContent ?? null);
      expect(focused).toBe(titles[1]);
      expect(errors).toEqual([]);
      await close();
    },
  );
});

describe('on a phone', () => {
  it('a tap on a node selects it and shows its details', async () => {
    const { page, close } = await open(PHONE);
    const { id, title } = await neighbour(page, [SAMPLE_CENTRE_ID]);
    await chooseNode(page, PHONE, id);
    expect(await page.getByRole('tab', { name: 'Details' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    await details(page).getByRole('heading', { name: title }).waitFor();
    await close();
  });

  it('a drag on the graph pans the graph, not the page', async () => {
    const { page, close } = await open(PHONE);
    const graph = await graphBox(page);
    const before = await page.evaluate(() => ({
      pan: window.__cy?.pan().y ?? 0,
      scroll: window.scrollY,
    }));
    // Near the left edge, clear of the nodes: a drag that starts on a node moves the node.
    const x = graph.left + 12;
    const from = graph.top + graph.height * 0.7;
    const to = graph.top + graph.height * 0.3;
    const session = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', y: number | null) =>
      session.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: y === null ? [] : [{ x, y }],
      });
    await touch('touchStart', from);
    for (let step = 1; step <= 8; step += 1)
      await touch('touchMove', from + ((to - from) * step) / 8);
    await touch('touchEnd', null);
    await page.waitForFunction((y) => (window.__cy?.pan().y ?? y) !== y, before.pan);
    const after = await page.evaluate(() => ({
      pan: window.__cy?.pan().y ?? 0,
      scroll: window.scrollY,
    }));
    expect(after.pan).toBeLessThan(before.pan - 50);
    expect(after.scroll).toBe(before.scroll);
    await close();
  });
});
