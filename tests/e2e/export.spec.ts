import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_CENTRE_ID, SAMPLE_NO_CITATIONS_ID } from '../../mocks/sample';
import { cyNodes, graphSettled, openApp, settledStatus, SHOTS, urlParam } from './app-page';
import { launchChromium } from './browser';
import { exportAs } from './export-download';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

describe('export and re-open', () => {
  it('downloads BibTeX and CSV of the visible papers', async () => {
    const page = await openApp(browser, `?paper=${SAMPLE_CENTRE_ID}&to=2013`);
    await settledStatus(page);
    const visible = (await cyNodes(page)).filter((n) => n.visible).length;
    const bib = await exportAs(page, 'BibTeX (visible papers)');
    expect(bib.name).toMatch(/\.bib$/);
    const entries = (await readFile(bib.path, 'utf8')).match(/^@\w+\{/gm) ?? [];
    // The visible drawn papers, plus the unresolved references the list shows (not drawn).
    expect(entries.length).toBeGreaterThanOrEqual(visible);
    const csv = await exportAs(page, 'CSV (visible papers)');
    const rows = (await readFile(csv.path, 'utf8')).trim().split(/\r?\n/);
    expect(rows[0]).toContain('paperId');
    expect(rows.length - 1).toBe(entries.length);
    await page.close();
  });

  it('saves a snapshot of the view and opens it again exactly', async () => {
    const page = await openApp(browser, `?paper=${SAMPLE_CENTRE_ID}&layout=timeline&from=2005`);
    await settledStatus(page);
    const before = await cyNodes(page);
    const snapshot = await exportAs(page, 'View snapshot (JSON)');
    const saved = JSON.parse(await readFile(snapshot.path, 'utf8')) as { layout: string };
    expect(saved.layout).toBe('timeline');

    const other = await openApp(browser, `?paper=${SAMPLE_NO_CITATIONS_ID}`);
    await settledStatus(other);
    await other.getByLabel('View snapshot file').setInputFiles(snapshot.path);
    await other.waitForFunction(
      (id) => window.__cy?.getElementById(id).data('relation') === 'centre',
      SAMPLE_CENTRE_ID,
    );
    await graphSettled(other);
    expect(urlParam(other, 'layout')).toBe('timeline');
    expect(urlParam(other, 'from')).toBe('2005');
    const after = await cyNodes(other);
    const position = (nodes: typeof before) =>
      Object.fromEntries(nodes.map((n) => [n.id, [Math.round(n.x), Math.round(n.y), n.visible]]));
    expect(position(after)).toEqual(position(before));
    await other.screenshot({ path: `${SHOTS}/snapshot-restored.png` });
    expect(other.errors).toEqual([]);
    await other.close();
    await page.close();
  });
});
