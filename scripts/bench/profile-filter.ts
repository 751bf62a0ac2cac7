// `npm run bench:profile -- <size> --filter`: on the opened graph, the year filter as the benchmark
// measures it ("2018" in "From year", to the first frame after the classes changed), then the same
// classes toggled by Cytoscape alone, each under the CPU profiler, summarised like the open.
import type { CDPSession, Page } from 'playwright-core';
import { summarise, type Profile } from './profile-summary';
import { direct, typeYear } from './year-filter';

const FROM_YEAR = 2018;

async function profiled(cdp: CDPSession, step: () => Promise<number>): Promise<Profile> {
  await cdp.send('Profiler.start');
  const ms = await step();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  console.info(`${Math.round(ms)} ms`);
  return profile;
}

export async function profileFilter(page: Page, cdp: CDPSession): Promise<void> {
  const pause = () => page.waitForTimeout(1000);
  await pause();
  console.info('\n## The year filter in the app');
  summarise(
    await profiled(cdp, async () => (await typeYear(page, String(FROM_YEAR))).ms),
    -Infinity,
    Infinity,
  );
  await pause();
  await typeYear(page, '');
  await pause();
  console.info('\n## The same classes, Cytoscape alone');
  summarise(
    await profiled(cdp, async () => (await direct(page, FROM_YEAR)).ms),
    -Infinity,
    Infinity,
  );
}
