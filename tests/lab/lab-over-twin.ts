// The whole lab as people meet it, for the end-to-end journey and the measuring script: the app
// built for the lab, nginx in front of an upstream stub answering with the API twin, and fresh
// Chromium profiles ("users") opening papers through it.
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildLabApp } from '../../scripts/lab/build-app';
import { freePort, startLabServer, type LabServer } from '../../scripts/lab/lab-server';
import { startUpstreamStub, twinAnswers, type UpstreamStub } from './upstream-stub';

export const LAB_OUT_DIR = 'dist-lab-e2e';

export interface LabOverTwin {
  /** Where the browsers open the app, e.g. http://127.0.0.1:41234. */
  readonly origin: string;
  readonly upstream: UpstreamStub;
  readonly proxy: LabServer;
  stop(): Promise<void>;
}

export async function startLabOverTwin(
  nginx: string,
  settings: { readonly apiKey: string; readonly rate: number },
): Promise<LabOverTwin> {
  await buildLabApp(LAB_OUT_DIR, { exposeCy: true });
  let upstreamOrigin = '';
  const upstream = await startUpstreamStub(twinAnswers(() => upstreamOrigin));
  upstreamOrigin = upstream.origin;
  const port = await freePort();
  const proxy = await startLabServer(nginx, {
    port,
    listen: `127.0.0.1:${port}`,
    root: resolve(LAB_OUT_DIR),
    upstream: upstream.origin,
    apiKey: settings.apiKey,
    rate: settings.rate,
    cacheDir: null,
    cacheSize: '256m',
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    upstream,
    proxy,
    stop: async () => {
      await proxy.stop();
      await upstream.close();
    },
  };
}

export interface UserVisit {
  readonly page: Page;
  /** API requests the browser made (path and query, POST bodies after a space). */
  readonly apiRequests: string[];
  /** Cache status of each API answer (HIT, MISS, STALE…). */
  readonly cacheStatuses: string[];
  /** Headers and bodies of everything the browser received so far, for searching. */
  received(): Promise<string[]>;
  /** Console errors and uncaught exceptions. */
  readonly errors: string[];
  /** Content-Security-Policy violations reported to the page (directive and what was blocked). */
  readonly violations: string[];
  close(): Promise<void>;
}

const isApi = (url: URL) => /^\/(graph|recommendations)\/v1\//.test(url.pathname);

/** A fresh browser profile with the app open at `query`, noting all it sends and receives. */
export async function visitAsNewUser(
  browser: Browser,
  origin: string,
  query: string,
): Promise<UserVisit> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const received: Promise<string>[] = [];
  const visit: UserVisit = {
    page,
    apiRequests: [],
    cacheStatuses: [],
    received: () => Promise.all(received),
    errors: [],
    violations: [],
    close: () => context.close(),
  };
  await page.exposeFunction('__reportViolation', (text: string) => visit.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportViolation: (text: string) => void })
        .__reportViolation;
      report(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}`);
    });
  });
  page.on('pageerror', (error) => visit.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') visit.errors.push(message.text());
  });
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (!isApi(url)) return;
    const body = request.postData();
    visit.apiRequests.push(url.pathname + url.search + (body === null ? '' : ` ${body}`));
  });
  context.on('response', (response) => {
    const headers = response.headers();
    if (isApi(new URL(response.url()))) visit.cacheStatuses.push(headers['x-cache-status'] ?? '');
    const head = JSON.stringify(headers);
    // A redirect or an aborted answer has no body to read.
    received.push(
      response.body().then(
        (body) => `${head}\n${body.toString('utf8')}`,
        () => head,
      ),
    );
  });
  await page.goto(new URL(query, origin).href);
  return visit;
}

/** Waits until the paper's lists are loaded and the browser has been quiet for a moment. */
export async function waitUntilOpened(page: Page): Promise<void> {
  await page
    .getByRole('status')
    .filter({ hasText: /citations( · .* expanded)?$/ })
    .waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle', { timeout: 60_000 });
}
