// The API address against the built app's Content-Security-Policy, in Chromium: an address the
// settings hold on an origin the build does not allow is refused at start-up with a clear notice
// (and the app works on its own API); one on an allowed origin (a same-origin proxy) works under
// the policy with no error at all; and a connection the browser itself refuses by policy is
// reported as blocked, at once, not retried as a rate limit.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SAMPLE_CENTRE_ID } from '../../mocks/sample';
import { centreId, settledStatus, type AppPage } from './app-page';
import { launchChromium } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

const appOrigin = () => new URL(inject('baseUrl')).origin;

/** The app at `query`, with `baseUrl` already in its stored settings when it starts. */
async function openWithStoredAddress(baseUrl: string | null, query: string): Promise<AppPage> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  if (baseUrl !== null) {
    await page.addInitScript((value) => {
      window.localStorage.setItem('citescope:settings', JSON.stringify({ baseUrl: value }));
    }, baseUrl);
  }
  await page.goto(new URL(query, inject('baseUrl')).href);
  return Object.assign(page, { errors });
}

describe('the API address in the settings', () => {
  it('is refused at start-up when its origin is not allowed, and the app runs on its own API', async () => {
    const page = await openWithStoredAddress(
      'https://elsewhere.example/graph/v1',
      `?paper=${SAMPLE_CENTRE_ID}`,
    );
    // The start-up problem, with its way to the settings.
    const notice = page
      .getByRole('alert')
      .filter({ has: page.getByRole('button', { name: 'Change the API address' }) });
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('The API address in the settings is not used.');
    expect(text).toContain(`https://api.semanticscholar.org, ${appOrigin()}`);
    expect(text).toContain('VITE_S2_ALLOWED_ORIGINS');
    // The build's own API (the twin in this build) serves the paper.
    await settledStatus(page);
    expect(await centreId(page)).toBe(SAMPLE_CENTRE_ID);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('works under the policy on an allowed origin (a same-origin proxy), with no error', async () => {
    const proxy = `${appOrigin()}/s2/graph/v1`;
    const page = await openWithStoredAddress(proxy, `?paper=${SAMPLE_CENTRE_ID}`);
    const asked: string[] = [];
    page.on('request', (request) => asked.push(request.url()));
    await settledStatus(page);
    expect(await centreId(page)).toBe(SAMPLE_CENTRE_ID);
    expect(asked.some((url) => url.startsWith(`${proxy}/paper/`))).toBe(true);
    expect(asked.filter((url) => url.includes('api.semanticscholar.org'))).toEqual([]);
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    // Under the build's policy, which allows the app's own origin and the build's API only.
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain("connect-src 'self' https://api.semanticscholar.org;");
    expect(page.errors).toEqual([]);
    await page.close();
  });
});

describe('a connection the browser refuses by policy', () => {
  it('is reported as blocked at once, not waited out as a rate limit', async () => {
    const page = await browser.newPage();
    // A host that serves the app under a stricter policy than the build's: no API origin at all.
    await page.route(
      (url) => url.pathname === '/',
      async (route) => {
        const response = await route.fetch();
        await route.fulfill({
          response,
          headers: { ...response.headers(), 'content-security-policy': "connect-src 'self'" },
        });
      },
    );
    // Remember whether the retry bar ever came up, however briefly.
    await page.addInitScript(() => {
      new MutationObserver(() => {
        // The retry bar names its reason only while it is up.
        if (document.querySelector('[data-reason]')) {
          document.documentElement.dataset.sawRetry = 'yes';
        }
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await page.goto(new URL(`?paper=${SAMPLE_CENTRE_ID}`, inject('baseUrl')).href);
    const notice = page.locator('[role="alert"][data-error-code="blocked-origin"]');
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.textContent()).toContain('The browser blocked the connection');
    expect(await notice.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    expect(await page.locator('html').getAttribute('data-saw-retry')).toBeNull();
    await page.close();
  });
});
