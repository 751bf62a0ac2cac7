// Every export on the dev server in demo mode (`npm run demo`), not only in the built app: the dev
// server loads and bundles dependencies its own way, and a library that works in one build can
// break in the other. The server is started here with Vite's API, with a dependency cache of its
// own so that dependencies are bundled afresh, as on a first `npm run demo`.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_CENTRE_DOI, SAMPLE_CENTRE_ID, SAMPLE_CENTRE_TITLE } from '../../mocks/sample';
import { parseSnapshot } from '../../src/graph/snapshot';
import { loadPapaparse } from '../../src/features/export/csv';
import { summaryStatus } from './app-page';
import { launchChromium } from './browser';
import { exportAs, readExport } from './export-download';

let server: ViteDevServer;
let cacheDir: string;
let browser: Browser;
let page: Page;
/** Errors, and Vite's warnings about Node modules it had to leave out of the browser. */
const problems: string[] = [];

beforeAll(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'citescope-dev-cache-'));
  server = await createServer({
    mode: 'demo',
    logLevel: 'error',
    cacheDir,
    server: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The dev server did not report its address.');
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' || text.includes('externalized for browser'))
      problems.push(text);
  });
  await page.goto(new URL(`?paper=${SAMPLE_CENTRE_ID}`, url).href);
  await summaryStatus(page)
    .filter({ hasText: /citations$/ })
    .waitFor({ timeout: 60_000 });
});

afterAll(async () => {
  await browser.close();
  await server.close();
  await rm(cacheDir, { recursive: true, force: true });
});

type Csl = Record<string, unknown>;
const titles = (entries: readonly Csl[]) => entries.map((entry) => entry.title);

describe('export on the dev server (demo mode)', () => {
  let listed: string[] = [];

  it('saves CSV of the visible papers', async () => {
    const csv = await exportAs(page, 'CSV (visible papers)');
    expect(csv.name).toMatch(/\.csv$/);
    const Papa = await loadPapaparse();
    const rows = Papa.parse<Record<string, string>>(await readExport(csv), { header: true });
    expect(rows.errors).toEqual([]);
    listed = rows.data.map((row) => row.title ?? '');
    expect(listed[0]).toBe(SAMPLE_CENTRE_TITLE);
    expect(listed.length).toBeGreaterThan(50);
  });

  it('saves BibTeX that reads back with every visible paper', async () => {
    const bib = await exportAs(page, 'BibTeX (visible papers)');
    expect(bib.name).toMatch(/\.bib$/);
    const entries = new Cite(await readExport(bib)).data;
    expect(titles(entries)).toEqual(listed);
    expect(entries[0]?.DOI).toBe(SAMPLE_CENTRE_DOI);
  });

  it('saves RIS that reads back with every visible paper', async () => {
    const ris = await exportAs(page, 'RIS (visible papers)');
    expect(ris.name).toMatch(/\.ris$/);
    const entries = new Cite(await readExport(ris)).data;
    expect(titles(entries)).toEqual(listed);
    expect(entries[0]?.DOI).toBe(SAMPLE_CENTRE_DOI);
  });

  it('saves the images and a snapshot that opens', async () => {
    const png = await readFile((await exportAs(page, 'PNG image (2×)')).path);
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const svg = await readExport(await exportAs(page, 'SVG image'));
    expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg/);
    const snapshot = parseSnapshot(await readExport(await exportAs(page, 'View snapshot (JSON)')));
    expect(snapshot.centre.id).toBe(SAMPLE_CENTRE_ID);
  });

  it('leaves nothing in the console', () => {
    expect(problems).toEqual([]);
  });
});
