// Why it cites, in Chromium: on the sample paper whose 300 citations follow a known plan (every
// tenth influential, a third methodology…), the filters leave exactly the papers the plan says,
// the URL and the status line say so, the edges carry the facts on window.__cy, and a context
// holding markup is shown as the text it is.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SAMPLE_INTENTS_ID,
  SAMPLE_INTENTS_PLAN,
  SAMPLE_MARKUP_CONTEXT,
} from '../../mocks/intent-sample';
import { createSampleDataset } from '../../mocks/sample';
import {
  openApp,
  parseStatus,
  selectNode,
  settledStatus,
  summaryStatus,
  SHOTS,
  paramBecomes,
  type AppPage,
} from './app-page';
import { launchChromium } from './browser';

const plan = SAMPLE_INTENTS_PLAN;
const count = (n: number, keep: (i: number) => boolean) =>
  Array.from({ length: n }, (_, i) => i).filter(keep).length;
const noIntent = (i: number) => !plan.methodology(i) && !plan.result(i) && !plan.background(i);

/** What each filter should leave, by the plan: [references, citations]. */
const EXPECTED = {
  influential: [
    count(plan.references, plan.referenceInfluential),
    count(plan.citations, plan.influential),
  ],
  Methodology: [
    count(plan.references, (i) => plan.referenceIntent(i) === 'methodology'),
    count(plan.citations, plan.methodology),
  ],
  Background: [
    count(plan.references, (i) => plan.referenceIntent(i) === 'background'),
    count(plan.citations, plan.background),
  ],
  Result: [0, count(plan.citations, plan.result)],
  'No intent given': [0, count(plan.citations, noIntent)],
} as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

async function openIntentsPaper(): Promise<AppPage> {
  const page = await openApp(browser, `?paper=${SAMPLE_INTENTS_ID}`);
  const counts = parseStatus(await settledStatus(page));
  expect(counts).toMatchObject({ references: plan.references, citations: plan.citations });
  return page;
}

/** The status line once it shows the filtered counts: [references, citations] shown. */
async function shownCounts(page: AppPage, expected: readonly number[]): Promise<number[]> {
  const status = summaryStatus(page);
  await status
    .filter({ hasText: new RegExp(`^${expected[0]} of .* · ${expected[1]} of `) })
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
  const counts = parseStatus((await status.textContent()) ?? '');
  return [counts.references, counts.citations];
}

describe('why papers cite the centre', () => {
  it('filters to exactly the influential links, and to each intent, with the URL saying so', async () => {
    const page = await openIntentsPaper();
    const influential = page.getByRole('checkbox', { name: 'Influential only' });
    await influential.check();
    expect(await shownCounts(page, EXPECTED.influential)).toEqual(EXPECTED.influential);
    expect(await paramBecomes(page, 'influential', '1')).toBe('1');
    await influential.uncheck();
    for (const name of ['Methodology', 'Background', 'Result', 'No intent given'] as const) {
      const box = page.getByRole('checkbox', { name });
      await box.check();
      expect(await shownCounts(page, EXPECTED[name]), name).toEqual(EXPECTED[name]);
      const intent = name === 'No intent given' ? 'none' : name.toLowerCase();
      expect(await paramBecomes(page, 'intents', intent)).toBe(intent);
      await box.uncheck();
    }
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it("puts each citation's influence and intents on its edge in window.__cy", async () => {
    const page = await openIntentsPaper();
    const edges = await page.evaluate((centre) => {
      const cy = window.__cy;
      if (!cy) throw new Error('no __cy');
      return cy.edges(`[target = "${centre}"]`).map((edge) => ({
        influential: edge.data('influential') as boolean,
        intents: edge.data('intents') as string[],
      }));
    }, SAMPLE_INTENTS_ID);
    expect(edges).toHaveLength(plan.citations);
    expect(edges.filter((e) => e.influential)).toHaveLength(EXPECTED.influential[1]);
    expect(edges.filter((e) => e.intents.includes('methodology'))).toHaveLength(
      EXPECTED.Methodology[1],
    );
    expect(edges.filter((e) => e.intents.length === 0)).toHaveLength(
      EXPECTED['No intent given'][1],
    );
    await page.close();
  });

  it('shows a context holding markup as text, and the summary of the centre filters by a click', async () => {
    const page = await openIntentsPaper();
    const summary = page.getByRole('region', { name: 'Why the citations cite' });
    await expect(summary.textContent()).resolves.toContain(`Of ${plan.citations} citations:`);
    await summary
      .getByRole('button', { name: new RegExp(`^${EXPECTED.Methodology[1]} methodology`) })
      .click();
    expect(await shownCounts(page, EXPECTED.Methodology)).toEqual(EXPECTED.Methodology);
    expect(await paramBecomes(page, 'intents', 'methodology')).toBe('methodology');
    await page.getByRole('checkbox', { name: 'Methodology' }).uncheck();

    const citers = createSampleDataset().citations.get(SAMPLE_INTENTS_ID) ?? [];
    const markupCiter = citers[plan.markup]?.paperId;
    if (!markupCiter) throw new Error('the sample has no citer with markup');
    await selectNode(page, markupCiter);
    const how = page.getByRole('region', { name: 'How it cites this paper' });
    await how.waitFor();
    expect(await how.textContent()).toContain(SAMPLE_MARKUP_CONTEXT);
    expect(await how.locator('img, b').count()).toBe(0);
    expect(
      await page.evaluate(() => (window as { __contextRan?: boolean }).__contextRan),
    ).toBeUndefined();
    await page.screenshot({ path: `${SHOTS}/intents.png` });
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
