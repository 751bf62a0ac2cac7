// A literature review's .bib of 50 entries imported in Chromium: every entry's outcome shown and
// the one nobody knows named, the title matches confirmed, the papers drawn together as seeds and
// named in the URL, the collection still there after a reload, and the exploration log exported
// with the import and the seeds' ids.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleDataset } from '../../mocks/sample';
import { REVIEW_UNKNOWN_DOI, reviewBib } from '../support/review-bib';
import { graphSettled, openOnScreen, SHOTS, summaryStatus, urlParam } from './app-page';
import { launchChromium } from './browser';
import { exportAs, readExport } from './export-download';

const bib = reviewBib(createSampleDataset());
const { expected } = bib;
const seeds = expected.found + expected.byTitle;

let browser: Browser;
let file: string;
beforeAll(async () => {
  browser = await launchChromium();
  file = join(await mkdtemp(join(tmpdir(), 'citescope-')), 'review.bib');
  await writeFile(file, bib.text);
});
afterAll(async () => {
  await browser.close();
});

describe('importing a reference manager library', () => {
  it(
    'draws its papers as seeds, keeps the collection and logs the way',
    { timeout: 180_000 },
    async () => {
      const { page, errors, close } = await openOnScreen(
        browser,
        { width: 1400, height: 900 },
        '?',
      );
      await page.getByRole('button', { name: 'Import' }).click();
      const dialog = page.getByRole('dialog', { name: 'Import papers' });
      await dialog.getByLabel(/^File/).setInputFiles(file);
      await dialog.getByRole('button', { name: 'Read entries' }).click();
      // The status says when every entry has been looked up (then only to screen readers).
      await dialog
        .getByText(`Looked up ${expected.entries} entries`, { exact: false })
        .waitFor({ state: 'attached', timeout: 60_000 });
      const accept = dialog.getByRole('button', { name: /^Open \d+ papers as seeds$/ });

      // Every entry is listed with what became of it; the unknown DOI is named.
      const rows = dialog.locator('[data-list="import-outcomes"] [data-outcome]');
      expect(await rows.count()).toBe(expected.entries);
      const count = (kind: string) => dialog.locator(`[data-outcome="${kind}"]`).count();
      expect(await count('found')).toBe(expected.found);
      expect(await count('found-by-title')).toBe(expected.byTitle);
      expect(await count('duplicate')).toBe(expected.duplicates);
      expect(await count('unreadable')).toBe(expected.unreadable);
      expect(await dialog.locator('[data-outcome="not-found"]').textContent()).toContain(
        REVIEW_UNKNOWN_DOI,
      );
      // Title matches count only once confirmed.
      expect(await accept.textContent()).toBe(`Open ${expected.found} papers as seeds`);
      await dialog.getByRole('button', { name: 'Use all title matches' }).click();
      await page.screenshot({ path: `${SHOTS}/import-review.png` });
      await dialog.getByRole('button', { name: `Open ${seeds} papers as seeds` }).click();

      await summaryStatus(page)
        .filter({ hasText: new RegExp(`^${seeds} seeds · .*citations$`) })
        .waitFor({ timeout: 90_000 });
      await graphSettled(page);
      const drawn = await page.evaluate(
        () => window.__cy?.nodes('[?seed]').map((n) => n.id()) ?? [],
      );
      const named = urlParam(page, 'seeds')?.split(',') ?? [];
      expect(named).toHaveLength(seeds);
      expect(new Set(drawn)).toEqual(new Set(named));
      await page.screenshot({ path: `${SHOTS}/import-review-seeds.png` });

      // A reload keeps the collection.
      await page.reload();
      await page.getByRole('button', { name: 'Collections' }).click();
      const library = page.getByRole('dialog', { name: /collections and exploration log/ });
      const card = library.locator('[data-collection-id]').filter({ hasText: 'review' });
      await card.waitFor();
      expect(await card.textContent()).toContain(`${seeds} seeds`);
      await library.getByRole('button', { name: 'Close' }).click();

      // The exploration log, exported, names the import and the seeds' ids.
      await summaryStatus(page)
        .filter({ hasText: /citations$/ })
        .waitFor({ timeout: 90_000 });
      const exported = await exportAs(page, 'Exploration log (JSON)');
      const log = JSON.parse(await readExport(exported)) as {
        collection: { name: string; seeds: string[] } | null;
        entries: { kind: string; summary: string; detail?: { seeds?: string[] } }[];
      };
      expect(log.collection?.name).toBe('review');
      expect(new Set(log.collection?.seeds)).toEqual(new Set(named));
      const imported = log.entries.find((entry) => entry.kind === 'import');
      expect(imported?.summary).toMatch(/^Imported review\.bib: 50 entries/);
      expect(new Set(imported?.detail?.seeds)).toEqual(new Set(named));
      expect(errors).toEqual([]);
      await close();
    },
  );
});
