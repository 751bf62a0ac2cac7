// The URL owns the view: a link carries the citations loaded and a title search, and Back and
// Forward move through them as through papers.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_CENTRE_ID, SAMPLE_CENTRE_TITLE } from '../../mocks/sample';
import { openApp, parseStatus, settledStatus, urlParam } from './app-page';
import { launchChromium } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

describe('the view in a link', () => {
  // Three loads of a 6,000-paper graph: more than the default time on a loaded machine.
  it(
    'carries the citations loaded with "Load more", so a shared link shows as many',
    { timeout: 120_000 },
    async () => {
      const page = await openApp(browser, '?twin=bench-6000');
      await page.getByRole('button', { name: 'Generated paper with 6000 citations' }).click();
      expect(parseStatus(await settledStatus(page)).citations).toBe(5000);
      const paper = urlParam(page, 'paper');
      await page.getByRole('button', { name: 'Load 5,000 more' }).click();
      await page.waitForFunction(
        () => new URL(location.href).searchParams.get('cites') === '10000',
      );
      expect(parseStatus(await settledStatus(page)).citations).toBe(6000);
      // The link, opened afresh: all 6,000 at once.
      const shared = await openApp(browser, `?twin=bench-6000&paper=${paper}&cites=10000`);
      expect(parseStatus(await settledStatus(shared)).citations).toBe(6000);
      await page.close();
      await shared.close();
    },
  );

  it('keeps a title search in the URL, with Back and Forward between results and papers', async () => {
    const page = await openApp(browser, '');
    const box = page.getByRole('combobox', { name: /Paper title, DOI, arXiv id or URL/ });
    const words = SAMPLE_CENTRE_TITLE.split(' ').slice(0, 3).join(' ');
    await box.fill(words);
    await box.press('Enter');
    const results = page.getByRole('region', { name: /Papers matching/ });
    await results.waitFor();
    expect(urlParam(page, 'search')).toBe(words);
    await results.getByRole('button', { name: SAMPLE_CENTRE_TITLE }).click();
    await settledStatus(page);
    expect(urlParam(page, 'paper')).toBe(SAMPLE_CENTRE_ID);
    await page.goBack();
    await results.waitFor();
    await page.reload();
    await results.waitFor();
    expect(await results.getByRole('button', { name: SAMPLE_CENTRE_TITLE }).count()).toBe(1);
    await page.goForward();
    await settledStatus(page);
    expect(urlParam(page, 'search')).toBeNull();
    await page.close();
  });
});
