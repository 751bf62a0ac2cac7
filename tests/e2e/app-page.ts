// Helpers for journeys through the built app in Chromium. Graph state is read from the
// Cytoscape instance the e2e build exposes as window.__cy, never from pixels.
import { mkdirSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { inject } from 'vitest';

export const SHOTS = 'test-results';
mkdirSync(SHOTS, { recursive: true });

export interface AppPage extends Page {
  /** Uncaught exceptions and console errors (a blocked request or script lands here too). */
  readonly errors: string[];
}

export async function openApp(browser: Browser, query: string): Promise<AppPage> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(new URL(query, inject('baseUrl')).href);
  return Object.assign(page, { errors });
}

/** The status line that says what is shown: the one status whose counts are joined by " · ". */
export const summaryStatus = (page: Page): Locator =>
  page.getByRole('status').filter({ hasText: ' · ' });

/**
 * The status line once both lists have loaded and the graph has been laid out with every node,
 * e.g. "55 references · 340 citations".
 */
export async function settledStatus(page: Page): Promise<string> {
  const status = summaryStatus(page);
  await status.filter({ hasText: /citations( · .* expanded)?$/ }).waitFor({ timeout: 30_000 });
  await graphSettled(page);
  return (await status.textContent()) ?? '';
}

/** Waits until the last layout (the named one, if given) covered every node now in the graph. */
export async function graphSettled(page: Page, layout?: string): Promise<void> {
  // React runs the effect that updates the graph after it paints: let two frames pass first.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  await page.waitForFunction(
    (name) => {
      const done = document.querySelector('[data-layout-done]')?.getAttribute('data-layout-done');
      const count = window.__cy?.nodes().length;
      if (count === undefined || done?.endsWith(`:${count}`) !== true) return false;
      return name === null || done.startsWith(`${name}:`);
    },
    layout ?? null,
    { timeout: 30_000 },
  );
}

export function parseStatus(text: string) {
  const number = (s: string | undefined) => Number((s ?? 'NaN').replaceAll(',', ''));
  const match =
    /^(?:[\d,]+ seeds · )?([\d,]+)(?: of ([\d,]+))? references? · ([\d,]+)(?: of ([\d,]+))? citations?(?: · ([\d,]+)(?: of [\d,]+)? second-hop papers? from ([\d,]+) expanded)?$/.exec(
      text,
    );
  if (!match) throw new Error(`Unexpected status line: ${text}`);
  return {
    references: number(match[1]),
    referencesTotal: match[2] ? number(match[2]) : number(match[1]),
    citations: number(match[3]),
    citationsTotal: match[4] ? number(match[4]) : number(match[3]),
    ...(match[5] ? { secondHop: number(match[5]), expanded: number(match[6]) } : {}),
  };
}

export interface CyNode {
  readonly id: string;
  readonly relation: string;
  readonly year: number | null;
  readonly x: number;
  readonly y: number;
  readonly visible: boolean;
  readonly selected: boolean;
}

export function cyNodes(page: Page): Promise<CyNode[]> {
  return page.evaluate(() => {
    const cy = window.__cy;
    if (!cy) throw new Error('window.__cy is missing: is this the e2e build?');
    return cy.nodes().map((n) => ({
      id: n.id(),
      relation: String(n.data('relation')),
      year: (n.data('year') as number | null) ?? null,
      x: n.position('x'),
      y: n.position('y'),
      visible: n.visible(),
      selected: n.hasClass('is-selected'),
    }));
  });
}

export async function centreId(page: Page): Promise<string> {
  const nodes = await cyNodes(page);
  return nodes.find((n) => n.relation === 'centre')?.id ?? '';
}

/** Where a node is drawn on screen, after centring the view on it. */
function nodePoint(page: Page, id: string) {
  return page.evaluate((nodeId) => {
    const cy = window.__cy;
    const node = cy?.getElementById(nodeId);
    if (!cy || !node || node.empty()) throw new Error(`No node ${nodeId}`);
    cy.center(node);
    const box = cy.container()?.getBoundingClientRect();
    const p = node.renderedPosition();
    return { x: (box?.left ?? 0) + p.x, y: (box?.top ?? 0) + p.y };
  }, id);
}

/** Clicks a node where it is drawn on screen, as a person would. */
export async function clickNode(page: Page, id: string, count: 1 | 2 = 1): Promise<void> {
  const point = await nodePoint(page, id);
  await page.mouse.click(point.x, point.y, { clickCount: count });
}

/**
 * Selects a node by a click (or a tap) where it is drawn. A view that moves between finding the
 * node and the click (a fit once the last list page is laid out) would move it from under the
 * pointer, so a miss is tried again, up to three times, before the test fails.
 */
export async function selectNode(
  page: Page,
  id: string,
  { touch = false }: { readonly touch?: boolean } = {},
): Promise<void> {
  const selected = (timeout: number) =>
    page
      .waitForFunction(
        (nodeId) => window.__cy?.getElementById(nodeId).hasClass('is-selected') === true,
        id,
        { timeout },
      )
      .then(() => true)
      .catch(() => false);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await page.waitForFunction(() => window.__cy?.animated() === false);
    const point = await nodePoint(page, id);
    if (touch) await page.touchscreen.tap(point.x, point.y);
    else await page.mouse.click(point.x, point.y);
    if (await selected(5_000)) return;
  }
  await page.screenshot({ path: `${SHOTS}/missed-${id}.png` });
  throw new Error(`Node ${id} was not selected by a ${touch ? 'tap' : 'click'}`);
}

/** Waits until the address names `value` for `name` (URL writes are coalesced), or says what it has. */
export async function paramBecomes(
  page: Page,
  name: string,
  value: string | null,
): Promise<string | null> {
  await page
    .waitForFunction(
      ([key, wanted]) => new URL(location.href).searchParams.get(key) === wanted,
      [name, value] as const,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
  return urlParam(page, name);
}

export function urlParam(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name);
}

/** A screen to open the app on: its size, and whether it is touched rather than clicked. */
export interface Screen {
  readonly width: number;
  readonly height: number;
  readonly touch?: boolean;
}

export interface OpenedPage {
  readonly page: Page;
  /** Uncaught exceptions and console errors. */
  readonly errors: string[];
  readonly close: () => Promise<void>;
}

/** The app at `query` in a fresh browser context of its own (own storage) on `screen`. */
export async function openOnScreen(
  browser: Browser,
  screen: Screen,
  query: string,
): Promise<OpenedPage> {
  const touch = screen.touch ?? false;
  const context = await browser.newContext({
    viewport: { width: screen.width, height: screen.height },
    hasTouch: touch,
    isMobile: touch,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(new URL(query, inject('baseUrl')).href);
  return { page, errors, close: () => context.close() };
}

/** Requests the twin has answered so far in this page, by endpoint. */
export const twinRequests = (page: Page): Promise<Record<string, number>> =>
  page.evaluate(() => ({ ...(window.__twinRequests ?? {}) }));

/** The requests answered between two readings of twinRequests, by endpoint (none: absent). */
export function requestsSpent(
  before: Record<string, number>,
  after: Record<string, number>,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [endpoint, n] of Object.entries(after)) {
    const more = n - (before[endpoint] ?? 0);
    if (more > 0) out[endpoint] = more;
  }
  return out;
}

export const totalRequests = (requests: Record<string, number>): number =>
  Object.values(requests).reduce((a, b) => a + b, 0);
