// The service workers of a production build (not the all-sample e2e build): the app shell opens
// offline with cached papers, and the sample's twin never controls the live app. The API is a
// loopback stub, so every request the live app makes is seen at the network.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_CENTRE_ID } from '../../mocks/sample';
import { startApiStub, type ApiStub } from './api-stub';
import { parseStatus, summaryStatus } from './app-page';
import { launchChromium } from './browser';

let browser: Browser;
let api: ApiStub | undefined;
let server: PreviewServer | undefined;
let outDir: string | undefined;
let site: string;

function restoreEnv(name: string, value: string | undefined): void {
  if (value === undefined) Reflect.deleteProperty(process.env, name);
  else process.env[name] = value;
}

beforeAll(async () => {
  api = await startApiStub();
  outDir = await mkdtemp(join(tmpdir(), 'citescope-offline-'));
  const apiBaseUrl = api.baseUrl;
  // Vite takes both from the environment; the test runner sets NODE_ENV to `test`.
  const previous = { api: process.env.VITE_S2_API_URL, node: process.env.NODE_ENV };
  process.env.VITE_S2_API_URL = apiBaseUrl;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, sourcemap: false },
    });
  } finally {
    restoreEnv('VITE_S2_API_URL', previous.api);
    restoreEnv('NODE_ENV', previous.node);
  }
  server = await preview({
    mode: 'production',
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address.');
  site = url;
  browser = await launchChromium();
});

afterAll(async () => {
  // Whatever beforeAll got to start, even if it stopped halfway.
  await (browser as Browser | undefined)?.close();
  await server?.close();
  await api?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

/** The stub, which beforeAll started. */
function stub(): ApiStub {
  if (!api) throw new Error('The API stub did not start.');
  return api;
}

/** A fresh profile (no workers, no cache) and a page that collects errors. */
async function freshPage(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { context, page, errors };
}

/** The status line once both lists are in (a production build exposes no graph to wait for). */
async function loadedStatus(page: Page): Promise<string> {
  const status = summaryStatus(page).filter({ hasText: /citations$/ });
  await status.waitFor({ timeout: 30_000 });
  return (await status.textContent()) ?? '';
}

const at = (query: string) => new URL(query, site).href;

/** The script of the worker controlling the page, if any. */
const controller = (page: Page) =>
  page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);

const registrations = (page: Page) =>
  page.evaluate(async () =>
    (await navigator.serviceWorker.getRegistrations()).map((registration) => ({
      scope: registration.scope,
      script: (registration.active ?? registration.waiting ?? registration.installing)?.scriptURL,
    })),
  );

/** Waits until the app shell's worker is active for the site (its precache is then complete). */
async function shellInstalled(page: Page): Promise<void> {
  const script = await page.evaluate(() =>
    Promise.race([
      navigator.serviceWorker.ready.then((registration) => registration.active?.scriptURL),
      new Promise<string>((resolve) => setTimeout(() => resolve('no worker within 30 s'), 30_000)),
    ]),
  );
  expect(script).toMatch(/\/sw\.js$/);
}

const isTwin = (script: string | undefined) => script?.endsWith('/mockServiceWorker.js') === true;

describe('the app shell', () => {
  it('opens a cached paper offline after a reload, without a request', async () => {
    const { context, page, errors } = await freshPage();
    await page.goto(at(`?paper=${SAMPLE_CENTRE_ID}`));
    const online = parseStatus(await loadedStatus(page));
    expect(stub().requests.length).toBeGreaterThan(0);
    await shellInstalled(page);

    const served = stub().requests.length;
    const attempted: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(stub().baseUrl)) attempted.push(request.url());
    });
    await context.setOffline(true);
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    expect(parseStatus(await loadedStatus(page))).toEqual(online);
    expect(attempted).toEqual([]);
    expect(stub().requests.length).toBe(served);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the sample beside the live app', () => {
  it('runs the twin only in its own place, and the live app asks the network', async () => {
    const { context, page, errors } = await freshPage();
    await page.goto(at(`?demo=1&paper=${SAMPLE_CENTRE_ID}`));
    await loadedStatus(page);
    const samplePlace = new URL(page.url()).pathname;
    expect(isTwin(await controller(page))).toBe(true);
    const answered = await page.evaluate(() =>
      Object.values(window.__twinRequests ?? {}).reduce((a, b) => a + b, 0),
    );
    expect(answered).toBeGreaterThan(0);

    const before = stub().requests.length;
    await page.goto(at(`?paper=${SAMPLE_CENTRE_ID}`));
    await loadedStatus(page);
    expect(isTwin(await controller(page))).toBe(false);
    expect(await page.evaluate(() => window.__twinRequests)).toBeUndefined();
    // The sample's copy of this paper stayed in the sample's cache: the live app fetched its own.
    expect(
      stub()
        .requests.slice(before)
        .some((path) => path.includes(SAMPLE_CENTRE_ID)),
    ).toBe(true);
    // The twin unregisters itself once its last page is gone; while it lives, it has demo/ only.
    const twins = (await registrations(page)).filter((r) => isTwin(r.script));
    expect(twins.filter((r) => r.scope !== at('/demo/'))).toEqual([]);
    expect(samplePlace).toBe('/demo/');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shares the site with the app shell: each worker controls its own pages', async () => {
    const { context, page, errors } = await freshPage();
    await page.goto(at('/'));
    await shellInstalled(page);
    // The sample's first page comes from the shell's fallback; the twin then takes it over.
    await page.goto(at(`?demo=1&paper=${SAMPLE_CENTRE_ID}`));
    await loadedStatus(page);
    expect(isTwin(await controller(page))).toBe(true);
    await page.goto(at('/'));
    await page.getByRole('heading', { name: /citation network/ }).waitFor();
    expect(await controller(page)).toMatch(/\/sw\.js$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('leaves a twin that an older version registered for the whole site', async () => {
    const { context, page, errors } = await freshPage();
    // What an older version left: the twin registered for the whole site. Registered from a
    // document that is not the app, before the app ever ran on this profile.
    await page.goto(at('/favicon.svg'));
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.register('/mockServiceWorker.js', {
        scope: '/',
      });
      const worker = registration.installing ?? registration.waiting ?? registration.active;
      if (!worker || worker.state === 'activated') return;
      await new Promise<void>((activated) => {
        worker.addEventListener('statechange', () => {
          if (worker.state === 'activated') activated();
        });
      });
    });
    errors.length = 0; // the browser asks that image document for a /favicon.ico there is not
    // The app starts behind it, removes it and reloads once before showing anything.
    await page.goto(at('/'));
    await page.getByRole('heading', { name: /citation network/ }).waitFor();
    expect(isTwin(await controller(page))).toBe(false);
    const navigation = await page.evaluate(
      () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).type,
    );
    expect(navigation).toBe('reload');
    const twins = (await registrations(page)).filter((r) => isTwin(r.script));
    expect(twins).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
