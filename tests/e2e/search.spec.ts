// The search box and the results page, as a person uses them, against the offline sample.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_CENTRE_ID, SAMPLE_CENTRE_TITLE } from '../../mocks/sample';
import { centreId, openApp, settledStatus, SHOTS, urlParam } from './app-page';
import { launchChromium } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

const searchBox = (page: Page) =>
  page.getByRole('combobox', { name: 'Paper title, DOI, arXiv id or URL' });

describe('the search box', () => {
  it('suggests sample titles as they are typed and opens the one chosen with the keyboard', async () => {
    const page = await openApp(browser, '');
    const input = searchBox(page);
    await input.click();
    await input.pressSequentially('weaving cit');
    const option = page.getByRole('option').filter({ hasText: SAMPLE_CENTRE_TITLE });
    await option.waitFor();
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    await page.screenshot({ path: `${SHOTS}/search-suggestions.png` });
    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    await page.keyboard.press('Enter');
    await settledStatus(page);
    expect(await centreId(page)).toBe(SAMPLE_CENTRE_ID);
    expect(urlParam(page, 'paper')).toBe(SAMPLE_CENTRE_ID);
    expect(await input.inputValue()).toBe(SAMPLE_CENTRE_TITLE);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('lists the papers matching a title on Enter, and opens one from the list', async () => {
    const page = await openApp(browser, '');
    await searchBox(page).fill('weaving citation graphs');
    await page.keyboard.press('Enter');
    const results = page.getByRole('region', { name: 'Papers matching “weaving citation graphs”' });
    await results.waitFor();
    const rows = results.getByRole('listitem');
    const ids = await rows.evaluateAll((items) =>
      items.map((item) => item.getAttribute('data-paper-id')),
    );
    expect(ids).toContain(SAMPLE_CENTRE_ID);
    expect(await results.getByRole('status').textContent()).toMatch(/papers? found$/);
    await page.screenshot({ path: `${SHOTS}/search-results.png` });
    await results.locator(`li[data-paper-id="${SAMPLE_CENTRE_ID}"]`).getByRole('button').click();
    await settledStatus(page);
    expect(await centreId(page)).toBe(SAMPLE_CENTRE_ID);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('closes the suggestions on Escape, then clears the text on a second Escape', async () => {
    const page = await openApp(browser, '');
    const input = searchBox(page);
    await input.click();
    await input.pressSequentially('synthetic');
    const list = page.getByRole('listbox');
    await list.waitFor();
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'hidden' });
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await input.inputValue()).toBe('synthetic');
    await page.keyboard.press('Escape');
    expect(await input.inputValue()).toBe('');
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
