import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_CENTRE_ID } from '../../mocks/sample';
import { openApp, parseStatus, settledStatus, totalRequests, twinRequests } from './app-page';
import { launchChromium } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

/**
 * Reloads the page the moment both lists are on screen (the page itself reloads, from the
 * mutation that shows them, so nothing lies between), and returns the status line it showed.
 */
async function reloadOnceLoaded(page: Page): Promise<string> {
  const navigated = page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame());
  const loaded = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const check = () => {
          // The status line that says what is shown: its counts are joined by " · ".
          const text =
            [...document.querySelectorAll('[role="status"]')]
              .map((status) => status.textContent)
              .find((content) => content.includes(' · ')) ?? '';
          if (!text.endsWith('citations')) return;
          observer.disconnect();
          resolve(text);
          setTimeout(() => {
            window.location.reload();
          }, 0);
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        check();
      }),
  );
  await navigated;
  return loaded;
}

describe('the cache in the browser', () => {
  it('reopens a paper after a reload right after loading, without a single request', async () => {
    const page = await openApp(browser, `?paper=${SAMPLE_CENTRE_ID}`);
    // Cache writes are throttled to one every two seconds; leaving the page writes what is pending.
    const loaded = parseStatus(await reloadOnceLoaded(page));
    const after = parseStatus(await settledStatus(page));
    expect(after).toEqual(loaded);
    expect(totalRequests(await twinRequests(page))).toBe(0);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
