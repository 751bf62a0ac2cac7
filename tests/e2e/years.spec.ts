// The year axis in Chromium: the sample paper lists unresolved references from as early as 1951
// while every drawn paper is from 1995 on, and two drawn references have no year. The timeline
// spans the drawn papers' years, those two stand in a lane the axis labels "No year", and the
// year filter's bounds and note agree. Positions are read from window.__cy, never from pixels.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SAMPLE_CENTRE_ID } from '../../mocks/sample';
import { graphSettled, openApp, settledStatus, SHOTS } from './app-page';
import { launchChromium } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

interface OnScreen {
  /** The canvas's width in CSS pixels. */
  readonly width: number;
  /** Each node's year and x on screen, relative to the canvas. */
  readonly nodes: readonly { readonly year: number | null; readonly x: number }[];
}

function onScreen(page: Page): Promise<OnScreen> {
  return page.evaluate(() => {
    const cy = window.__cy;
    if (!cy) throw new Error('window.__cy is missing: is this the e2e build?');
    return {
      width: cy.width(),
      nodes: cy.nodes().map((n) => ({
        year: (n.data('year') as number | null) ?? null,
        x: n.renderedPosition().x,
      })),
    };
  });
}

/** The left and right of an element, relative to the graph canvas. */
async function span(page: Page, selector: string): Promise<{ left: number; right: number }> {
  return page.evaluate((sel) => {
    const box = document.querySelector(sel)?.getBoundingClientRect();
    const canvas = window.__cy?.container()?.getBoundingClientRect();
    if (!box || !canvas) throw new Error(`Nothing matches ${sel}`);
    return { left: box.left - canvas.left, right: box.right - canvas.left };
  }, selector);
}

describe('the timeline of a paper whose unresolved references are decades older', () => {
  it('spans the drawn papers, and puts those without a year in a labelled lane', async () => {
    const page = await openApp(browser, `?paper=${SAMPLE_CENTRE_ID}&layout=timeline`);
    await settledStatus(page);
    await graphSettled(page, 'timeline');
    const { width, nodes } = await onScreen(page);
    const dated = nodes.filter((n) => n.year !== null).map((n) => n.x);
    const undated = nodes.filter((n) => n.year === null).map((n) => n.x);
    expect(undated).toHaveLength(2);

    // The dated papers cover most of the axis: no room kept for years nothing drawn has.
    expect((Math.max(...dated) - Math.min(...dated)) / width).toBeGreaterThan(0.7);

    // The lane is labelled on the axis, holds the papers without a year, and nothing else.
    const label = page.locator('[data-no-year-lane]');
    expect(await label.isVisible()).toBe(true);
    expect(await label.textContent()).toBe('No year');
    const lane = await span(page, '[data-no-year-lane]');
    for (const x of undated) {
      expect(x).toBeGreaterThan(lane.left);
      expect(x).toBeLessThan(lane.right);
    }
    expect(Math.min(...dated)).toBeGreaterThan(lane.right);

    // The axis names no year before the earliest drawn paper's.
    const ticks = await page
      .locator('[data-year]')
      .evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-year'))));
    expect(ticks.length).toBeGreaterThan(2);
    expect(Math.min(...ticks)).toBeGreaterThanOrEqual(1995);
    await page.screenshot({ path: `${SHOTS}/timeline-years.png` });
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('keeps the whole "No year" label on a narrow canvas, where the lane is a few pixels wide', async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 700 } });
    const query = `?paper=${SAMPLE_CENTRE_ID}&layout=timeline`;
    await page.goto(new URL(query, inject('baseUrl')).href);
    await settledStatus(page);
    await graphSettled(page, 'timeline');
    const label = await span(page, '[data-no-year-lane]');
    const fits = await page
      .locator('[data-no-year-lane]')
      .evaluate((el) => el.scrollWidth <= el.clientWidth);
    expect(label.left).toBeGreaterThanOrEqual(0);
    expect(fits).toBe(true);
    // The first year tick starts clear of the label.
    const first = await span(page, '[data-year]');
    expect(first.left).toBeGreaterThan(label.right);
    await page.screenshot({ path: `${SHOTS}/timeline-years-1024.png` });
    await page.close();
  });

  it('bounds the year filter by the drawn papers and says how many are not drawn', async () => {
    const page = await openApp(browser, `?paper=${SAMPLE_CENTRE_ID}&layout=timeline`);
    await settledStatus(page);
    const earliest = page.getByRole('slider', { name: 'Earliest year' });
    expect(await earliest.getAttribute('aria-valuemin')).toBe('1995');
    expect(await page.getByRole('img', { name: '2 papers without a year' }).isVisible()).toBe(true);
    const note = page.getByTestId('not-drawn');
    expect(await note.textContent()).toMatch(/^7 listed papers have no Semantic Scholar record/);
    await page.getByLabel('To year').fill('1960');
    await note.filter({ hasText: '1 of them is from 1960 or earlier.' }).waitFor();
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
