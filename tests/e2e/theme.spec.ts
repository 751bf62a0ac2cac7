// The colour theme in Chromium: a dark system scheme gives the dark theme (tokens, `color-scheme`
// for form controls); the Theme control overrides the system, and the choice outlives a reload,
// kept beside the other settings.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SAMPLE_CENTRE_ID } from '../../mocks/sample';
import { settledStatus, SHOTS } from './app-page';
import { launchChromium } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

async function openPage(query: string, colorScheme: 'light' | 'dark'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, colorScheme });
  await page.goto(new URL(query, inject('baseUrl')).href);
  return page;
}

/** What the page shows: the theme on <html>, its colour scheme, the page and text colours. */
function looks(page: Page) {
  return page.evaluate(() => {
    const root = getComputedStyle(document.documentElement);
    return {
      theme: document.documentElement.dataset.theme ?? null,
      colorScheme: root.colorScheme,
      page: root.backgroundColor,
      text: root.color,
    };
  });
}

const DARK = {
  theme: 'dark',
  colorScheme: 'dark',
  page: 'rgb(15, 23, 42)',
  text: 'rgb(229, 231, 235)',
};
const LIGHT = {
  theme: 'light',
  colorScheme: 'light',
  page: 'rgb(248, 250, 252)',
  text: 'rgb(17, 24, 39)',
};

const storedSettings = (page: Page): Promise<unknown> =>
  page.evaluate((): unknown =>
    JSON.parse(window.localStorage.getItem('citescope:settings') ?? 'null'),
  );

describe('the colour theme', () => {
  it('follows a dark system scheme, on the welcome page and in the explorer', async () => {
    const page = await openPage('?', 'dark');
    await page.getByRole('heading', { name: 'Explore a paper’s citation network' }).waitFor();
    expect(await looks(page)).toEqual(DARK);
    expect(await page.getByRole('combobox', { name: 'Theme' }).inputValue()).toBe('system');

    await page.goto(new URL(`?paper=${SAMPLE_CENTRE_ID}`, inject('baseUrl')).href);
    await settledStatus(page);
    expect(await looks(page)).toEqual(DARK);
    // The header and the graph's frame draw on the dark surface too, not on a white of their own.
    const surfaces = await page.evaluate(() => {
      /** The colour an element is drawn on: its own background or its nearest painted ancestor's. */
      const drawnOn = (element: Element | null): string | null => {
        for (let node = element; node; node = node.parentElement) {
          const colour = getComputedStyle(node).backgroundColor;
          if (colour !== 'rgba(0, 0, 0, 0)') return colour;
        }
        return null;
      };
      return [document.querySelector('header'), document.getElementById('citation-graph')].map(
        drawnOn,
      );
    });
    expect(surfaces).toEqual(['rgb(30, 41, 59)', 'rgb(30, 41, 59)']);
    await page.screenshot({ path: `${SHOTS}/explorer-dark.png` });
    await page.close();
  });

  it('follows a light system scheme', async () => {
    const page = await openPage('?', 'light');
    await page.getByRole('heading', { name: 'Explore a paper’s citation network' }).waitFor();
    expect(await looks(page)).toEqual(LIGHT);
    await page.close();
  });

  it('takes the choice made with the Theme control over the system, and keeps it across a reload', async () => {
    const page = await openPage('?', 'dark');
    await page.getByRole('heading', { name: 'Explore a paper’s citation network' }).waitFor();
    // Settings made in the dialog stay as they were.
    await page.evaluate(() => {
      window.localStorage.setItem('citescope:settings', JSON.stringify({ apiKey: 'k' }));
    });
    const toggle = page.getByRole('combobox', { name: 'Theme' });
    await toggle.selectOption({ label: 'Light' });
    expect(await looks(page)).toEqual(LIGHT);
    expect(await storedSettings(page)).toEqual({ apiKey: 'k', theme: 'light' });

    await page.reload();
    await page.getByRole('heading', { name: 'Explore a paper’s citation network' }).waitFor();
    expect(await looks(page)).toEqual(LIGHT);
    expect(await toggle.inputValue()).toBe('light');

    // Back to following the system: dark again.
    await toggle.selectOption({ label: 'System' });
    expect(await looks(page)).toEqual(DARK);
    expect(await storedSettings(page)).toEqual({ apiKey: 'k', theme: 'system' });
    await page.close();
  });

  it('keeps a dark choice on a light system across a reload', async () => {
    const page = await openPage('?', 'light');
    const toggle = page.getByRole('combobox', { name: 'Theme' });
    await toggle.selectOption({ label: 'Dark' });
    expect(await looks(page)).toEqual(DARK);
    await page.reload();
    await page.getByRole('heading', { name: 'Explore a paper’s citation network' }).waitFor();
    expect(await looks(page)).toEqual(DARK);
    await page.close();
  });
});
