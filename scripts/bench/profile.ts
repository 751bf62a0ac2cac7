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
import { openGeneratedPaper } from './open-paper';
import { openBenchPage } from './page';
import { profileFilter } from './profile-filter';
import { buildApp, serveApp } from './serve';
import { summarise, type Profile } from './profile-summary';

const args = process.argv.slice(2);
const size = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 10_000);
// --filter: profile the year filter on the opened graph instead of the open.
const filterMode = args.includes('--filter');
const outDir = process.env.BENCH_OUT_DIR ?? 'dist-bench';

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
    if (filterMode) {
      await openGeneratedPaper(page);
      await profileFilter(page, cdp);
      return;
    }
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
