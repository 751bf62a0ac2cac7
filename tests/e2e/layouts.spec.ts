// Layout runs in a real browser: a layout chosen while another is still running wins, and the
// marker names what is drawn. The force layout's worker is held (its answer kept back until the
// test lets it through), so the race is decided by the test, not by the machine's speed.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_CENTRE_ID, SAMPLE_HEAVY_ID } from '../../mocks/sample';
import { cyNodes, graphSettled, openApp, settledStatus, SHOTS, urlParam } from './app-page';
import { launchChromium } from './browser';

interface HeldWorkerRecord {
  terminated: boolean;
  answered: boolean;
  release: () => void;
}

declare global {
  interface Window {
    __heldWorkers?: HeldWorkerRecord[];
  }
}

/** Runs in the page: every Worker made from now on keeps its answers until released. */
function holdWorkers(): void {
  const records: HeldWorkerRecord[] = [];
  window.__heldWorkers = records;
  const Native = window.Worker;
  window.Worker = class HeldWorker extends Native {
    private readonly record: HeldWorkerRecord;

    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      const held: unknown[] = [];
      let released = false;
      let passing = false;
      const flush = () => {
        if (!released || record.terminated) return;
        for (const data of held.splice(0)) {
          passing = true;
          this.dispatchEvent(new MessageEvent('message', { data }));
          passing = false;
          record.answered = true;
        }
      };
      const record: HeldWorkerRecord = {
        terminated: false,
        answered: false,
        release: () => {
          released = true;
          flush();
        },
      };
      this.record = record;
      records.push(record);
      // Registered before any handler of the app's, so it sees (and holds) every answer first.
      this.addEventListener('message', (event) => {
        if (passing) return;
        event.stopImmediatePropagation();
        held.push(event.data);
        flush();
      });
    }

    override terminate(): void {
      this.record.terminated = true;
      super.terminate();
    }
  };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

const marker = (page: Page) => page.locator('[data-layout-done]').getAttribute('data-layout-done');

describe('the layouts', () => {
  it('switches between radial, force and timeline, and the marker names what is drawn', async () => {
    const page = await openApp(browser, `?paper=${SAMPLE_CENTRE_ID}`);
    await settledStatus(page);
    const radial = await cyNodes(page);
    expect(await marker(page)).toBe(`radial:${radial.length}`);
    for (const name of ['Force', 'Timeline'] as const) {
      const layout = name.toLowerCase();
      await page.getByRole('radio', { name }).click();
      await page.waitForFunction(
        (expected) => new URL(location.href).searchParams.get('layout') === expected,
        layout,
      );
      await graphSettled(page, layout);
      expect(await marker(page)).toBe(`${layout}:${radial.length}`);
      const moved = await cyNodes(page);
      expect(moved.map((n) => [n.x, n.y])).not.toEqual(radial.map((n) => [n.x, n.y]));
      await page.screenshot({ path: `${SHOTS}/${layout}.png` });
    }
    // Timeline: x follows the year.
    const timeline = (await cyNodes(page)).filter(
      (n) => n.year !== null && n.relation !== 'centre',
    );
    const sorted = [...timeline].sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
    const first = sorted[0];
    const last = sorted.at(-1);
    expect(first && last && first.x < last.x).toBe(true);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});

describe('choosing a layout while another runs', () => {
  it('ends radial when Force and then Radial are chosen at once', async () => {
    const page = await openApp(browser, `?paper=${SAMPLE_CENTRE_ID}`);
    await settledStatus(page);
    await page.evaluate(holdWorkers);
    await page.getByRole('radio', { name: 'Force' }).click();
    // The force layout is under way (its worker started) when Radial is chosen.
    await page.waitForFunction(() => window.__heldWorkers?.length === 1);
    await page.getByRole('radio', { name: 'Radial' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('layout') === null);
    await graphSettled(page, 'radial');
    // Now let the force worker answer, if it still runs, and wait until it has answered or was
    // stopped: a stale answer would land right then.
    await page.evaluate(() => {
      for (const worker of window.__heldWorkers ?? []) worker.release();
    });
    await page.waitForFunction(() =>
      (window.__heldWorkers ?? []).every((worker) => worker.terminated || worker.answered),
    );
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );

    const nodes = await cyNodes(page);
    const centre = nodes.find((n) => n.relation === 'centre');
    expect(centre).toMatchObject({ x: 0, y: 0 });
    const misplaced = nodes.filter(
      (n) => (n.relation === 'reference' && n.x >= 0) || (n.relation === 'citation' && n.x <= 0),
    );
    expect(misplaced).toEqual([]);
    expect(await marker(page)).toBe(`radial:${nodes.length}`);
    expect(urlParam(page, 'layout')).toBeNull();
    expect(await page.evaluate(() => window.__heldWorkers?.[0]?.terminated)).toBe(true);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});

describe('a layout that cannot be used as asked', () => {
  it('draws radial past the force limit, and the URL and the switch say radial', async () => {
    const page = await openApp(browser, `?paper=${SAMPLE_HEAVY_ID}`);
    await settledStatus(page);
    const count = (await cyNodes(page)).length;
    expect(count).toBeGreaterThan(3000);
    await page.getByRole('radio', { name: 'Force' }).click();
    await page.getByText(/The force layout is limited to 3,000 papers/).waitFor();
    await graphSettled(page, 'radial');
    expect(await marker(page)).toBe(`radial:${count}`);
    // The force choice never stays in the URL, and the switch shows what is drawn.
    await page.waitForFunction(() => new URL(location.href).searchParams.get('layout') === null);
    expect(await page.getByRole('radio', { name: 'Radial' }).isChecked()).toBe(true);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
