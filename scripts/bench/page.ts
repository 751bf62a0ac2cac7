// A fresh browser context and page per run, with a recorder installed before the app starts:
// it notes every frame Cytoscape draws and every click, so a figure can end at "the first frame
// drawn after X" without racing the page.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Core } from 'cytoscape';
import './page-globals';

export const VIEWPORT = { width: 1440, height: 900 } as const;

// tsx compiles with esbuild's keepNames, which wraps functions in a `__name` helper that does
// not exist inside the page: functions handed to page.evaluate need a no-op stand-in.
const NAME_SHIM = 'globalThis.__name = (fn) => fn;';

function installRecorder(): void {
  const bench = {
    renders: [] as number[],
    created: [] as number[],
    clicks: [] as number[],
    frames: [] as number[],
    recording: false,
  };
  window.__bench = bench;
  let current: Core | undefined;
  let hooked = false;
  // The app assigns window.__cy when a canvas is created (and deletes it when the canvas goes):
  // on the first assignment, hook the frames Cytoscape draws for this and every later instance.
  Object.defineProperty(window, '__cy', {
    configurable: true,
    get: () => current,
    set: (cy: Core | undefined) => {
      current = cy;
      if (cy) bench.created.push(performance.now());
      if (!cy || hooked) return;
      hooked = true;
      const proto = Object.getPrototypeOf(cy) as { emit: (...args: unknown[]) => unknown };
      const emit = proto.emit;
      proto.emit = function (this: unknown, ...args: unknown[]) {
        if (args[0] === 'render') bench.renders.push(performance.now());
        return emit.apply(this, args);
      };
    },
  });
  document.addEventListener('click', () => bench.clicks.push(performance.now()), true);
}

export interface BenchPage {
  readonly page: Page;
  readonly errors: string[];
  close(): Promise<void>;
}

export async function openBenchPage(browser: Browser, url: string): Promise<BenchPage> {
  const context: BrowserContext = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.addInitScript({ content: NAME_SHIM });
  await page.addInitScript(installRecorder);
  await page.goto(url);
  return { page, errors, close: () => context.close() };
}

/** Resolves once Cytoscape has drawn nothing for `quietMs` (its work after a gesture is done). */
export async function waitForQuiet(page: Page, quietMs = 400, timeoutMs = 30_000): Promise<void> {
  const since = await page.evaluate(() => performance.now());
  try {
    await page.waitForFunction(
      (quiet) => {
        const last = window.__bench?.renders.at(-1) ?? 0;
        return performance.now() - last > quiet;
      },
      quietMs,
      { timeout: timeoutMs, polling: 100 },
    );
  } catch (error) {
    const frames = await page.evaluate((from) => {
      return window.__bench?.renders.filter((t) => t > from).length ?? 0;
    }, since);
    throw new Error(
      `Cytoscape never stopped drawing for ${quietMs} ms in ${timeoutMs / 1000} s ` +
        `(${frames} frames drawn meanwhile): something redraws the graph again and again.`,
      { cause: error },
    );
  }
}
