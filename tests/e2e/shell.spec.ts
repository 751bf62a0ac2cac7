import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SAMPLE_CENTRE_DOI, SAMPLE_CENTRE_ID } from '../../mocks/sample';
import { launchChromium } from './browser';

// The app as a person meets it: built, served, in Chromium, with the API twin in a service worker.
const baseUrl = inject('baseUrl');
const SHOTS = 'test-results';

let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
});

async function openPage(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(new URL(path, baseUrl).href);
  return Object.assign(page, { errors });
}

describe('the app shell on the offline sample', () => {
  it('deep-links a paper by DOI and shows its references and citations', async () => {
    const page = await openPage(`?paper=${encodeURIComponent(SAMPLE_CENTRE_DOI)}`);
    const status = page.getByRole('status');
    await status.filter({ hasText: /citations$/ }).waitFor({ timeout: 30_000 });
    const text = (await status.textContent()) ?? '';
    const [, references, citations] = /^([\d,]+) references · ([\d,]+) citations$/.exec(text) ?? [];
    expect(Number(references?.replace(',', ''))).toBeGreaterThanOrEqual(50);
    expect(Number(citations?.replace(',', ''))).toBeGreaterThanOrEqual(300);
    expect(await page.locator('tr[data-relation="reference"]').count()).toBeGreaterThan(0);
    expect(await page.locator('tr[data-relation="citation"]').count()).toBeGreaterThan(0);
    expect(await page.locator('tr[data-relation="unresolved"]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/shell-centre.png` });
    await page.close();
  });

  it('opens a paper typed into the search box and updates the URL', async () => {
    const page = await openPage('?');
    await page.getByRole('searchbox').fill(SAMPLE_CENTRE_ID);
    await page.getByRole('button', { name: 'Open' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /citations$/ })
      .waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).searchParams.get('paper')).toBe(SAMPLE_CENTRE_ID);
    await page.close();
  });

  it('says clearly when an id is unknown', async () => {
    const page = await openPage('?paper=10.5555/no-such-paper');
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.getAttribute('data-error-code')).toBe('not-found');
    await page.screenshot({ path: `${SHOTS}/shell-not-found.png` });
    await page.close();
  });
});
