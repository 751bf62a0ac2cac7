// Discover, in Chromium, on the sample paper whose neighbourhood hides a planted hub (cited by 60
// of its papers, outside it) and a planted twin (citing every one of its references): the panel
// says what finding them costs, spends exactly that, and ranks the hub first among the prior
// works and the twin among the first five similar papers, with recommendations beside them.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SAMPLE_DISCOVERY_ID,
  SAMPLE_DISCOVERY_PLAN,
  SAMPLE_HUB_CITED_BY,
  SAMPLE_HUB_ID,
  SAMPLE_HUB_TITLE,
  SAMPLE_TWIN_ID,
} from '../../mocks/discovery-sample';
import {
  openOnScreen,
  parseStatus,
  requestsSpent,
  settledStatus,
  SHOTS,
  twinRequests,
} from './app-page';
import { launchChromium } from './browser';

interface Viewport {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  readonly touch: boolean;
  /** The tab list holding Discover: the side column's on a wide screen, the one panel's below. */
  readonly tabs: string;
}

const DESKTOP: Viewport = {
  name: 'desktop',
  width: 1400,
  height: 900,
  touch: false,
  tabs: 'Papers and discovery',
};
const TABLET: Viewport = { name: 'tablet', width: 1024, height: 700, touch: false, tabs: 'Panels' };
const PHONE: Viewport = { name: 'phone', width: 390, height: 844, touch: true, tabs: 'Panels' };

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

async function open(viewport: Viewport) {
  const opened = await openOnScreen(browser, viewport, `?paper=${SAMPLE_DISCOVERY_ID}`);
  expect(parseStatus(await settledStatus(opened.page))).toMatchObject({
    references: SAMPLE_DISCOVERY_PLAN.references,
    citations: SAMPLE_DISCOVERY_PLAN.citations,
  });
  return opened;
}

/** "… 2 requests for 240 papers; recommendations: 1 request" → [2, 240, 1]. */
function parseCost(text: string): [number, number, number] {
  const match = /(\d+) requests? for ([\d,]+) papers; recommendations: (\d+) requests?/.exec(text);
  if (!match) throw new Error(`Unexpected cost line: ${text}`);
  return [Number(match[1]), Number(match[2]!.replaceAll(',', '')), Number(match[3])];
}

const rowIds = (list: Locator) =>
  list.locator('[data-paper-id]').evaluateAll((rows) => rows.map((r) => r.dataset.paperId));

async function openDiscover(page: Page, viewport: Viewport): Promise<Locator> {
  const tabs = page.getByRole('tablist', { name: viewport.tabs });
  await tabs.getByRole('tab', { name: 'Discover' }).click();
  const panel = page.getByRole('region', { name: 'Discover' });
  await panel.waitFor();
  return panel;
}

describe.each([DESKTOP, TABLET, PHONE])('Discover at $width×$height ($name)', (viewport) => {
  it('spends what it says, then ranks the hub first and the twin in the top five', async () => {
    const { page, errors, close } = await open(viewport);
    const panel = await openDiscover(page, viewport);
    const [listRequests, papers, recommendationRequests] = parseCost(
      (await panel.getByText(/^Prior works, similar papers and derivative works:/).textContent()) ??
        '',
    );
    expect(papers).toBe(SAMPLE_DISCOVERY_PLAN.references + SAMPLE_DISCOVERY_PLAN.citations);
    const before = await twinRequests(page);
    await panel.getByRole('button', { name: 'Find them' }).click();

    const prior = panel.locator('[data-list="prior-works"]');
    const first = prior.locator('[data-paper-id]').first();
    // The hub's title arrives with the prior works' details: the last request Discover makes.
    await first.filter({ hasText: SAMPLE_HUB_TITLE }).waitFor({ timeout: 20_000 });
    expect(await first.getAttribute('data-paper-id')).toBe(SAMPLE_HUB_ID);
    expect(await first.textContent()).toContain(`cited by ${SAMPLE_HUB_CITED_BY} papers here`);
    expect(SAMPLE_HUB_CITED_BY).toBe(60);

    const similar = await rowIds(panel.locator('[data-list="similar"]'));
    expect(similar.slice(0, 5)).toContain(SAMPLE_TWIN_ID);
    const recommended = panel.locator('[data-list="recommended"] [data-paper-id]');
    await recommended.first().waitFor();
    expect(await recommended.count()).toBeGreaterThan(0);

    // The reference lists of all 240 neighbours in one batch, the prior works' details in
    // another, and one request for the recommendations: what the cost line said.
    const made = requestsSpent(before, await twinRequests(page));
    expect(made).toEqual({ batch: 2, 'recommendations-forpaper': 1 });
    expect([listRequests, recommendationRequests]).toEqual([made.batch, 1]);
    await panel.screenshot({ path: `${SHOTS}/discover-${viewport.name}.png` });
    for (const heading of ['Similar papers', 'Recommended']) {
      await panel.getByRole('heading', { name: heading }).scrollIntoViewIfNeeded();
      const name = heading.split(' ')[0]!.toLowerCase();
      await page.screenshot({ path: `${SHOTS}/discover-${name}-${viewport.name}.png` });
    }
    expect(errors).toEqual([]);
    await close();
  });
});
