import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_CENTRE_ID } from '../../mocks/sample';
import { openApp, parseStatus, settledStatus } from './app-page';
import { launchChromium } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

const twinRequests = (page: Page) =>
  page.evaluate(() => Object.values(window.__twinRequests ?? {}).reduce((a, b) => a + b, 0));

describe('the cache in the browser', () => {
  it('reopens a paper after a reload without a single request', async () => {
    const page = await openApp(browser, `?paper=${SAMPLE_CENTRE_ID}`);
    const before = parseStatus(await settledStatus(page));
    expect(await twinRequests(page)).toBeGreaterThan(0);
    // The cache is written at most every two seconds.
    await page.waitForTimeout(2_500);
    await page.reload();
    const after = parseStatus(await settledStatus(page));
    expect(after).toEqual(before);
    expect(await twinRequests(page)).toBe(0);
    await page.close();
  });
});
