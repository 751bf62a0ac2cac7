// Takes screenshots of the built app (dist-e2e, served by `vite preview`) for review and for the
// README: `npx tsx scripts/screenshot.ts <out.png> [query] [width] [height] [ms]`.
import { preview } from 'vite';
import { launchChromium } from '../tests/e2e/browser';

// SCREENSHOT_SCHEME=dark takes it with the system's dark colour scheme.
const colorScheme = process.env.SCREENSHOT_SCHEME === 'dark' ? 'dark' : 'light';
// A fifth argument, a number of milliseconds, takes the picture after that long instead of
// waiting for the graph (to catch a loading or failure state).
const [out = 'test-results/screenshot.png', query = '', width = '1440', height = '900', after] =
  process.argv.slice(2);

const server = await preview({
  mode: 'e2e',
  logLevel: 'warn',
  build: { outDir: 'dist-e2e' },
  preview: { host: '127.0.0.1', port: 0 },
});
const base = server.resolvedUrls?.local[0] ?? '';
const browser = await launchChromium();
try {
  const page = await browser.newPage({
    viewport: { width: Number(width), height: Number(height) },
    colorScheme,
    hasTouch: Number(width) < 768,
    isMobile: Number(width) < 768,
  });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') console.error('console:', m.text());
  });
  await page.goto(new URL(query, base).href);
  if (after) {
    await page.waitForTimeout(Number(after));
  } else {
    // The status line that says what is shown, once both lists are in.
    const status = page.getByRole('status').filter({ hasText: / · .*citations( · .*expanded)?$/ });
    await status.waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1500);
  }
  await page.screenshot({ path: out });
  console.info(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
