// Expanding in place, in Chromium, on the sample whose neighbourhood holds a planted expansion: a
// reference of the centre with 25 references of its own (3 of them the centre's) and 1,400
// citing papers (6 already drawn). Expanding it adds exactly the planted papers at hop 2, keeps
// every node where it was, costs one request per list, survives a reload from the cache, and
// Collapse (here by keyboard) gives back the graph as it was.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SAMPLE_DISCOVERY_ID,
  SAMPLE_EXPANSION_ID,
  sampleExpansionOutcome,
} from '../../mocks/discovery-sample';
import { createSampleDataset } from '../../mocks/sample';
import {
  cyNodes,
  graphSettled,
  openOnScreen,
  paramBecomes,
  parseStatus,
  selectNode,
  settledStatus,
  SHOTS,
  summaryStatus,
  totalRequests,
  twinRequests,
  requestsSpent,
} from './app-page';
import { launchChromium } from './browser';

/** The default budget: 1,000 entries of each list. */
const BUDGET = 1_000;
const outcome = sampleExpansionOutcome(BUDGET);
const dataset = createSampleDataset();
/** Every paper the expansion's lists name, within the budget. */
const listed = new Set(
  (['references', 'citations'] as const).flatMap((list) =>
    (dataset[list].get(SAMPLE_EXPANSION_ID) ?? [])
      .slice(0, BUDGET)
      .flatMap((entry) => (entry.paperId ? [entry.paperId] : [])),
  ),
);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

/** Waits until the status line says `secondHop` papers came from `expanded` expansions. */
async function statusSays(page: Page, secondHop: number, expanded: number) {
  const wanted =
    expanded === 0
      ? /citations$/
      : new RegExp(
          ` ${secondHop.toLocaleString('en')} second-hop papers? from ${expanded} expanded$`,
        );
  await summaryStatus(page).filter({ hasText: wanted }).waitFor({ timeout: 30_000 });
  await graphSettled(page);
  return parseStatus((await summaryStatus(page).textContent()) ?? '');
}

describe('expanding a paper in place', () => {
  it(
    'adds exactly its new papers at hop 2, keeps every node, and costs a request per list',
    { timeout: 120_000 },
    async () => {
      const screen = { width: 1400, height: 900 };
      const { page, errors, close } = await openOnScreen(
        browser,
        screen,
        `?paper=${SAMPLE_DISCOVERY_ID}`,
      );
      const before = parseStatus(await settledStatus(page));
      const nodesBefore = await cyNodes(page);

      await selectNode(page, SAMPLE_EXPANSION_ID);
      const requestsBefore = await twinRequests(page);
      const details = page.getByRole('region', { name: 'Paper details' });
      await details.getByRole('button', { name: 'Expand' }).click();
      const grown = await statusSays(page, outcome.newPapers, 1);
      expect(grown).toMatchObject({ ...before, secondHop: outcome.newPapers, expanded: 1 });
      // Its details were on screen already: only its two lists, one page each.
      expect(requestsSpent(requestsBefore, await twinRequests(page))).toEqual({
        references: 1,
        citations: 1,
      });
      expect(await paramBecomes(page, 'expand', SAMPLE_EXPANSION_ID)).toBe(SAMPLE_EXPANSION_ID);

      const nodesAfter = await cyNodes(page);
      const hops = await page.evaluate(() =>
        Object.fromEntries(
          window.__cy?.nodes().map((n) => [n.id(), n.data('hop') as number]) ?? [],
        ),
      );
      // Every node drawn before is still there, where it was.
      const after = new Map(nodesAfter.map((node) => [node.id, node]));
      for (const node of nodesBefore) {
        expect(after.get(node.id), node.id).toMatchObject({ x: node.x, y: node.y });
      }
      // The new ones are exactly papers of its lists, at hop 2.
      const added = nodesAfter.filter((node) => !nodesBefore.some((old) => old.id === node.id));
      expect(added).toHaveLength(outcome.newPapers);
      expect(added.every((node) => listed.has(node.id) && hops[node.id] === 2)).toBe(true);
      // Its lines reach the centre's own references it cites too.
      const sharedLinks = await page.evaluate(
        ({ id, ids }) =>
          ids.filter((other) => window.__cy?.getElementById(`${id}->${other}`).nonempty()).length,
        {
          id: SAMPLE_EXPANSION_ID,
          ids: nodesBefore.filter((node) => node.relation === 'reference').map((node) => node.id),
        },
      );
      expect(sharedLinks).toBe(25 - sampleExpansionOutcome(BUDGET).newReferences);
      await page.screenshot({ path: `${SHOTS}/expanded-1400.png` });

      // A reload shows the same grown graph from the cache, without a request.
      await page.reload();
      expect(parseStatus(await settledStatus(page))).toEqual(grown);
      expect(totalRequests(await twinRequests(page))).toBe(0);

      // E on the selected paper collapses it: the graph and the address are as before.
      await selectNode(page, SAMPLE_EXPANSION_ID);
      await page.locator('#citation-graph').focus();
      await page.keyboard.press('e');
      expect(await statusSays(page, 0, 0)).toEqual(before);
      expect(await paramBecomes(page, 'expand', null)).toBeNull();
      expect((await cyNodes(page)).map((node) => node.id).sort()).toEqual(
        nodesBefore.map((node) => node.id).sort(),
      );
      expect(errors).toEqual([]);
      await close();
    },
  );
});
