// `npm run bench:profile -- [size]`: opens the twin's generated paper of `size` citations (10,000
// by default; past the default cap it presses "Load all the API allows", as the benchmark does)
// under Chromium's CPU profiler, writes the profile to bench-profile-<size>.cpuprofile (open it in
// the browser's DevTools, Performance panel) and prints where the main thread's time went: by
// package or source folder, then the functions with the most self time, each traced back to its
// source file through the build's source maps. Serves an existing build in dist-bench when there
// is one (`npm run bench -- --keep-build` leaves one); builds it otherwise.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../../tests/e2e/browser';
import { packageOf } from './bundle-sources';
import { openGeneratedPaper } from './open-paper';
import { openBenchPage } from './page';
import { buildApp, serveApp } from './serve';
import { sourceLocator } from './source-locator';

interface ProfileNode {
  readonly id: number;
  readonly children?: readonly number[];
  readonly callFrame: {
    readonly functionName: string;
    readonly url: string;
    readonly lineNumber: number;
    readonly columnNumber: number;
  };
}

interface Profile {
  readonly startTime: number;
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

const size = Number(process.argv[2] ?? 10_000);
const outDir = process.env.BENCH_OUT_DIR ?? 'dist-bench';

/** Milliseconds of samples per node, only those taken in [from, to] (profile clock, ms). */
function selfTimes(profile: Profile, from: number, to: number): Map<number, number> {
  const times = new Map<number, number>();
  let at = profile.startTime / 1000;
  profile.samples.forEach((id, i) => {
    at += (profile.timeDeltas[i] ?? 0) / 1000;
    if (at < from || at > to) return;
    const next = profile.timeDeltas[i + 1] ?? 0;
    times.set(id, (times.get(id) ?? 0) + next / 1000);
  });
  return times;
}

/** For each node, the nearest frame (itself or a caller) in the app's own code. */
function appCallers(profile: Profile, label: (node: ProfileNode) => string): Map<number, string> {
  const parent = new Map<number, ProfileNode>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node);
  const callers = new Map<number, string>();
  for (const node of profile.nodes) {
    let at: ProfileNode | undefined = node;
    while (at && !/(^|\/)(src|mocks)\//.test(label(at))) at = parent.get(at.id);
    callers.set(node.id, at ? label(at) : '(outside the app)');
  }
  return callers;
}

function sourceOf(url: string, line: number, column: number): string {
  const path = /\/assets\/[^?#]+\.js/.exec(url)?.[0];
  if (!path) return url === '' ? '(engine)' : url;
  const file = join(outDir, path);
  let locate = locators.get(file);
  if (!locate) {
    locate = sourceLocator(file);
    locators.set(file, locate);
  }
  return locate(line, column) || path;
}
const locators = new Map<string, (line: number, column: number) => string>();

function table(title: string, rows: ReadonlyMap<string, number>, total: number, top: number) {
  const sorted = [...rows.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  console.info(`\n${title}`);
  for (const [name, ms] of sorted) {
    const share = ((ms / total) * 100).toFixed(1).padStart(5);
    console.info(`${Math.round(ms).toString().padStart(7)} ms ${share} %  ${name}`);
  }
}

function summarise(profile: Profile, from: number, to: number): void {
  const times = selfTimes(profile, from, to);
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const byCaller = new Map<string, number>();
  const label = ({ callFrame }: ProfileNode) =>
    `${callFrame.functionName || '(anonymous)'}  ${sourceOf(callFrame.url, callFrame.lineNumber, callFrame.columnNumber).replace(/^.*node_modules\//, '')}`;
  const callers = appCallers(profile, label);
  let total = 0;
  for (const node of profile.nodes) {
    const ms = times.get(node.id) ?? 0;
    if (ms === 0) continue;
    total += ms;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const source = sourceOf(url, lineNumber, columnNumber);
    const group = source.startsWith('(') ? source : packageOf(source);
    const special = /^\((idle|program|garbage collector)\)$/.test(functionName);
    const key = special ? functionName : group;
    byPackage.set(key, (byPackage.get(key) ?? 0) + ms);
    const name = label(node);
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    const caller = special ? functionName : (callers.get(node.id) ?? '');
    byCaller.set(caller, (byCaller.get(caller) ?? 0) + ms);
  }
  console.info(`\n${Math.round(total)} ms sampled`);
  table('Self time by package or source folder', byPackage, total, 20);
  table('Functions with the most self time', byFunction, total, 30);
  table('Time by the nearest caller in the app (src/, mocks/)', byCaller, total, 30);
}

async function main(): Promise<void> {
  if (!existsSync(join(outDir, 'index.html'))) {
    console.info(`Building the app with the API twin into ${outDir}…`);
    await buildApp(outDir);
  }
  const served = await serveApp(outDir);
  const browser = await launchChromium();
  try {
    const bench = await openBenchPage(browser, new URL(`?twin=bench-${size}`, served.url).href);
    const { page } = bench;
    await page.getByRole('button', { name: /^Generated paper with/ }).waitFor({ timeout: 60_000 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    const startedAt = await page.evaluate(() => performance.now());
    const open = await openGeneratedPaper(page);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const file = `bench-profile-${size}.cpuprofile`;
    writeFileSync(file, JSON.stringify(profile));
    const marks = await page.evaluate(() =>
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('citescope:'))
        .map((m) => `${Math.round(m.startTime - (window.__bench?.clicks[0] ?? 0))} ms ${m.name}`),
    );
    console.info(
      `${size} citations: open → interactive ${Math.round(open.openToInteractiveMs)} ms, ` +
        `data ready → interactive ${Math.round(open.readyToInteractiveMs)} ms, ` +
        `${open.layouts} layouts; profile in ${file}`,
    );
    console.info(`\nMarks from the click:\n${marks.join('\n')}`);
    // Profile clock ↔ performance.now(): the profiler started just before `startedAt`.
    const toProfile = (t: number) => profile.startTime / 1000 + (t - startedAt);
    console.info('\n## The whole open');
    summarise(profile, -Infinity, Infinity);
    const span = await page.evaluate(() => {
      const ready = performance.getEntriesByName('citescope:data-ready:citations').at(-1);
      return { from: ready?.startTime ?? 0, clicks: window.__bench?.clicks[0] ?? 0 };
    });
    const end = span.clicks + open.openToInteractiveMs;
    // PROFILE_WINDOW=1000-2500: also the time between those two moments after the click (ms).
    const [from, to] = (process.env.PROFILE_WINDOW ?? '').split('-').map(Number);
    if (from !== undefined && to !== undefined && Number.isFinite(from) && Number.isFinite(to)) {
      console.info(`\n## From ${from} ms to ${to} ms after the click`);
      summarise(profile, toProfile(span.clicks + from), toProfile(span.clicks + to));
    }
    console.info('\n## From the last data-ready mark to the interactive frame');
    summarise(profile, toProfile(span.from), toProfile(end));
    await bench.close();
  } finally {
    await browser.close();
    await served.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
