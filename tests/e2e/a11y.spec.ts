// Accessibility in Chromium: axe-core finds no serious or critical problem on the welcome page,
// the explorer, the details panel and the settings, in the light and the dark theme; the skip link
// is the first Tab stop and takes focus to the graph; and focus stays on the graph when Enter
// makes the selected paper the centre (the canvas is drawn anew for it).
import axeCore from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SAMPLE_CENTRE_ID } from '../../mocks/sample';
import {
  centreId,
  clickNode,
  cyNodes,
  graphSettled,
  settledStatus,
  summaryStatus,
} from './app-page';
import { launchChromium } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

type Scheme = 'light' | 'dark';

async function openPage(query: string, colorScheme: Scheme = 'light'): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: 1400, height: 900 },
    colorScheme,
    // axe is injected as a script of its own, which the app's policy rightly refuses.
    bypassCSP: true,
  });
  await page.goto(new URL(query, inject('baseUrl')).href);
  return page;
}

interface Finding {
  readonly rule: string;
  readonly impact: string;
  readonly targets: readonly string[];
}

/** axe's serious and critical findings on the page as it is now. */
async function seriousFindings(page: Page): Promise<Finding[]> {
  await page.addScriptTag({ content: axeCore.source });
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: {
        run: (
          context: Document,
          options: object,
        ) => Promise<{
          violations: {
            id: string;
            impact?: string | null;
            nodes: { target: unknown[] }[];
          }[];
        }>;
      };
    };
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        rule: v.id,
        impact: v.impact ?? '',
        targets: v.nodes.map((n) => n.target.join(' ')),
      }));
  });
}

/** Two papers the sample knows, and one DOI nobody does. */
const IMPORT_LINES = ['10.1038/nature14539', 'arXiv:1706.03762', '10.5555/citescope.import.0404'];

const activeId = (page: Page): Promise<string | null> =>
  page.evaluate(() => document.activeElement?.id ?? null);

describe.each<Scheme>(['light', 'dark'])('axe in the %s theme', (scheme) => {
  it('finds nothing serious on the welcome page, the explorer, the details and the settings', async () => {
    const page = await openPage('?', scheme);
    await page.getByRole('heading', { name: 'Explore a paper’s citation network' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(scheme);
    expect(await seriousFindings(page)).toEqual([]);

    await page.goto(new URL(`?paper=${SAMPLE_CENTRE_ID}`, inject('baseUrl')).href);
    await settledStatus(page);
    expect(await seriousFindings(page)).toEqual([]);

    const reference = (await cyNodes(page)).find((n) => n.relation === 'reference');
    if (!reference) throw new Error('The sample centre has no references');
    await clickNode(page, reference.id);
    await page
      .getByRole('region', { name: 'Paper details' })
      .getByRole('button', { name: 'Make centre' })
      .waitFor();
    expect(await seriousFindings(page)).toEqual([]);

    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('dialog', { name: 'Settings' }).waitFor();
    expect(await seriousFindings(page)).toEqual([]);
    await page.close();
  });

  it('finds nothing serious in an import, several seeds and the collections', async () => {
    const page = await openPage('?', scheme);
    await page.getByRole('button', { name: 'Import' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import papers' });
    await dialog.getByLabel('Or paste identifiers, one per line').fill(IMPORT_LINES.join('\n'));
    await dialog.getByRole('button', { name: 'Read entries' }).click();
    await dialog.locator('[data-outcome="not-found"]').waitFor();
    expect(await seriousFindings(page)).toEqual([]);
    await dialog.getByRole('button', { name: /^Open 2 papers as seeds$/ }).click();
    await summaryStatus(page)
      .filter({ hasText: /^2 seeds · .*citations$/ })
      .waitFor();
    await graphSettled(page);
    expect(await seriousFindings(page)).toEqual([]);
    await page.getByRole('button', { name: 'Collections' }).click();
    await page.getByRole('dialog', { name: /collections and exploration log/ }).waitFor();
    expect(await seriousFindings(page)).toEqual([]);
    await page.close();
  });
});

describe('the keyboard', () => {
  it('reaches the graph from the first Tab stop, a skip link shown while focused', async () => {
    const page = await openPage(`?paper=${SAMPLE_CENTRE_ID}`);
    await settledStatus(page);
    // The status line is announced politely (a status is polite unless told otherwise).
    expect(['polite', null]).toContain(await summaryStatus(page).getAttribute('aria-live'));
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to graph' });
    expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true);
    // Shown on screen while it has focus, not only present for screen readers.
    const box = await skip.boundingBox();
    expect(box?.y).toBeGreaterThanOrEqual(0);
    expect(box?.height).toBeGreaterThan(10);
    await page.keyboard.press('Enter');
    expect(await activeId(page)).toBe('citation-graph');
    // The address keeps the view only: no fragment from the link.
    expect(new URL(page.url()).hash).toBe('');
    await page.close();
  });

  it('keeps focus on the graph when Enter makes the selected paper the centre', async () => {
    const page = await openPage(`?paper=${SAMPLE_CENTRE_ID}`);
    await settledStatus(page);
    await page.locator('#citation-graph').focus();
    await page.keyboard.press('ArrowLeft');
    const selected = (await cyNodes(page)).find((n) => n.selected);
    if (!selected) throw new Error('An arrow key selected no paper');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (id) => window.__cy?.getElementById(id).data('relation') === 'centre',
      selected.id,
    );
    await graphSettled(page);
    expect(await centreId(page)).toBe(selected.id);
    await page.waitForFunction(() => document.activeElement?.id === 'citation-graph', null, {
      timeout: 5_000,
    });
    // And the keyboard goes on from there: the next arrow selects a paper of the new graph.
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => window.__cy?.nodes('.is-selected').nonempty() === true);
    await page.close();
  });
});
