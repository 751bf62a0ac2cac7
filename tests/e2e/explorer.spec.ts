import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SAMPLE_CENTRE_ARXIV,
  SAMPLE_CENTRE_DOI,
  SAMPLE_CENTRE_ID,
  SAMPLE_HEAVY_ID,
  SAMPLE_NO_CITATIONS_ID,
} from '../../mocks/sample';
import {
  centreId,
  selectNode,
  cyNodes,
  openApp,
  parseStatus,
  settledStatus,
  SHOTS,
  urlParam,
} from './app-page';
import { launchChromium } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

describe('opening a paper', () => {
  it('deep-links by DOI: the centre in the middle, references and citations around it', async () => {
    const page = await openApp(browser, `?paper=${SAMPLE_CENTRE_DOI}`);
    const counts = parseStatus(await settledStatus(page));
    expect(counts.references).toBeGreaterThanOrEqual(50);
    expect(counts.citations).toBeGreaterThanOrEqual(300);
    const nodes = await cyNodes(page);
    expect(await centreId(page)).toBe(SAMPLE_CENTRE_ID);
    const relations = new Set(nodes.map((n) => n.relation));
    expect(relations).toContain('reference');
    expect(relations).toContain('citation');
    // Every node id is an S2 paperId; unresolved references are listed, not drawn.
    expect(nodes.every((n) => /^[0-9a-f]{40}$/.test(n.id))).toBe(true);
    await page.screenshot({ path: `${SHOTS}/radial.png` });
    // The page runs under its Content-Security-Policy, and nothing was refused or thrown.
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('deep-links by arXiv id to the same paper', async () => {
    const page = await openApp(browser, `?paper=arXiv:${SAMPLE_CENTRE_ARXIV}`);
    await settledStatus(page);
    expect(await centreId(page)).toBe(SAMPLE_CENTRE_ID);
    await page.close();
  });

  it('says clearly when an id is unknown', async () => {
    const page = await openApp(browser, '?paper=10.5555/no-such-paper');
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.getAttribute('data-error-code')).toBe('not-found');
    expect(await alert.textContent()).toContain('Could not open this paper');
    await page.screenshot({ path: `${SHOTS}/not-found.png` });
    await page.close();
  });

  it('shows a paper nobody has cited yet', async () => {
    const page = await openApp(browser, `?paper=${SAMPLE_NO_CITATIONS_ID}`);
    const counts = parseStatus(await settledStatus(page));
    expect(counts.citations).toBe(0);
    expect(counts.references).toBeGreaterThan(0);
    await page.close();
  });

  it('shows a paper with thousands of citations', async () => {
    const page = await openApp(browser, `?paper=${SAMPLE_HEAVY_ID}`);
    const counts = parseStatus(await settledStatus(page));
    expect(counts.citations).toBeGreaterThan(3000);
    expect((await cyNodes(page)).length).toBeGreaterThan(3000);
    await page.screenshot({ path: `${SHOTS}/heavy.png` });
    await page.close();
  });
});

describe('moving through the literature', () => {
  it('selects a node, shows its details, makes it the centre, and goes back', async () => {
    const page = await openApp(browser, `?paper=${SAMPLE_CENTRE_ID}`);
    await settledStatus(page);
    const target = (await cyNodes(page)).find((n) => n.relation === 'reference');
    if (!target) throw new Error('The sample centre has no references');
    await selectNode(page, target.id);
    const row = page.locator(`tr[data-paper-id="${target.id}"]`);
    await row.waitFor();
    expect(await row.getAttribute('aria-selected')).toBe('true');
    const details = page.getByRole('region', { name: 'Paper details' });
    await details.getByRole('button', { name: 'Make centre' }).click();
    await page.waitForFunction(
      (id) => window.__cy?.getElementById(id).data('relation') === 'centre',
      target.id,
    );
    expect(urlParam(page, 'paper')).toBe(target.id);
    await settledStatus(page);
    await page.goBack();
    await page.waitForFunction(
      (id) => window.__cy?.getElementById(id).data('relation') === 'centre',
      SAMPLE_CENTRE_ID,
    );
    expect(urlParam(page, 'paper')).toBe(SAMPLE_CENTRE_ID);
    await page.goForward();
    await page.waitForFunction(
      (id) => window.__cy?.getElementById(id).data('relation') === 'centre',
      target.id,
    );
    await page.close();
  });

  it('selects the node when a row of the list is chosen', async () => {
    const page = await openApp(browser, `?paper=${SAMPLE_CENTRE_ID}`);
    await settledStatus(page);
    // Newest first: the top rows are citations.
    await page.getByRole('button', { name: 'Sort by year' }).click();
    const row = page.locator('tr[data-relation="citation"]').first();
    const id = (await row.getAttribute('data-paper-id')) ?? '';
    await row.getByRole('button').click();
    const selected = (await cyNodes(page)).filter((n) => n.selected).map((n) => n.id);
    expect(selected).toEqual([id]);
    const heading = page
      .getByRole('region', { name: 'Paper details' })
      .getByRole('heading', { level: 2 });
    const title = await page.evaluate(
      (nodeId) => String(window.__cy?.getElementById(nodeId).data('title')),
      id,
    );
    expect(await heading.textContent()).toBe(title);
    // And back: a node clicked in the graph marks its row.
    const other = (await cyNodes(page)).find((n) => n.relation === 'citation' && n.id !== id);
    if (!other) throw new Error('Need a second citation');
    await selectNode(page, other.id);
    await page.locator(`tr[data-paper-id="${other.id}"][aria-selected="true"]`).waitFor();
    await page.close();
  });
});

describe('links among the neighbours', () => {
  it('draws citations between neighbours on demand and keeps the choice in the URL', async () => {
    const page = await openApp(browser, `?paper=${SAMPLE_CENTRE_ID}`);
    await settledStatus(page);
    const spokes = () =>
      page.evaluate(() => {
        const cy = window.__cy;
        if (!cy) throw new Error('window.__cy is missing');
        const centre = cy.nodes('[relation = "centre"]').first().id();
        const among = cy
          .edges()
          .filter((e) => e.source().id() !== centre && e.target().id() !== centre);
        return { all: cy.edges().length, among: among.length };
      });
    expect((await spokes()).among).toBe(0);
    await page.getByLabel('Links among these papers').check();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('links') === '1');
    await page.waitForFunction(
      () => {
        const cy = window.__cy;
        if (!cy) return false;
        const centre = cy.nodes('[relation = "centre"]').first().id();
        return cy
          .edges()
          .filter((e) => e.source().id() !== centre && e.target().id() !== centre)
          .nonempty();
      },
      undefined,
      { timeout: 30_000 },
    );
    const after = await spokes();
    expect(after.among).toBeGreaterThan(0);
    // The list can now rank papers by how often this neighbourhood cites them.
    await page.getByRole('button', { name: 'Sort by Cited here' }).click();
    // Title, Year, Citations, Influential, Intents, Cited here.
    const top = await page.locator('tbody tr[data-paper-id] td:nth-child(6)').first().textContent();
    expect(Number(top)).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/links.png` });
    await page.close();
  });
});

describe('the graph by keyboard', () => {
  it('moves between papers with the arrows and re-centres with Enter', async () => {
    const page = await openApp(browser, `?paper=${SAMPLE_CENTRE_ID}`);
    await settledStatus(page);
    await page.getByRole('application').focus();
    await page.keyboard.press('ArrowRight');
    const selected = (await cyNodes(page)).find((n) => n.selected);
    if (!selected) throw new Error('ArrowRight selected nothing');
    expect(selected.relation).toBe('citation');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (id) => window.__cy?.getElementById(id).data('relation') === 'centre',
      selected.id,
    );
    expect(urlParam(page, 'paper')).toBe(selected.id);
    await page.close();
  });
});

describe('filters', () => {
  it('narrows the counts with a year range and keeps it in the URL', async () => {
    const page = await openApp(browser, `?paper=${SAMPLE_CENTRE_ID}`);
    const before = parseStatus(await settledStatus(page));
    await page.getByLabel('From year').fill('2015');
    await page.getByLabel('To year').fill('2018');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('to') === '2018');
    const after = parseStatus(await settledStatus(page));
    expect(after.citations).toBeLessThan(before.citations);
    expect(after.citationsTotal).toBe(before.citationsTotal);
    expect(urlParam(page, 'from')).toBe('2015');
    const visible = (await cyNodes(page)).filter((n) => n.visible && n.relation !== 'centre');
    expect(visible.every((n) => n.year !== null && n.year >= 2015 && n.year <= 2018)).toBe(true);
    await page.screenshot({ path: `${SHOTS}/year-filter.png` });
    // The link reproduces the view.
    const copy = await openApp(browser, page.url().replace(/^https?:\/\/[^/]+\//, ''));
    expect(parseStatus(await settledStatus(copy))).toEqual(after);
    await copy.close();
    await page.close();
  });
});
