// Frame times while the view moves. Real input: a drag across the background and wheel zooms
// at the centre, sent through the browser's input pipeline, the way a person pans and zooms
// (Cytoscape then draws a cached texture and skips edges). Code-driven: cy.panBy/zoom in a rAF
// loop, where those viewport optimisations do not apply. Frames are rAF timestamps.
import type { Page } from 'playwright-core';
import { intervals, mean, median } from './stats';
import { waitForQuiet } from './page';
import './page-globals';

export interface FrameStats {
  /** Gesture time divided by frames: long frames weigh as long as they last. */
  readonly meanMs: number;
  readonly medianMs: number;
  readonly worstMs: number;
  readonly frames: number;
  /** Frames Cytoscape drew during the gesture. */
  readonly draws: number;
}

export interface PanZoomResult {
  readonly input: FrameStats;
  /** Input events sent, and the gesture's wall time per event. */
  readonly events: number;
  readonly msPerEvent: number;
  readonly code: FrameStats;
}

function frameStats([stamps, renders]: readonly [number[], number[]]): FrameStats {
  const gaps = intervals(stamps);
  const first = stamps[0] ?? 0;
  const last = stamps.at(-1) ?? 0;
  return {
    meanMs: mean(gaps),
    medianMs: median(gaps),
    worstMs: gaps.length ? Math.max(...gaps) : Number.NaN,
    frames: gaps.length,
    draws: renders.filter((t) => t >= first && t <= last).length,
  };
}

type Recorded = [number[], number[]];

/** Runs a gesture while a rAF loop notes frame times; returns them with Cytoscape's draws. */
async function record<T>(page: Page, gesture: () => Promise<T>): Promise<[T, Recorded]> {
  await page.evaluate(() => {
    const bench = window.__bench;
    if (!bench) return;
    bench.frames = [];
    bench.recording = true;
    const loop = (t: number) => {
      if (!bench.recording) return;
      bench.frames.push(t);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  const result = await gesture();
  const frames = await page.evaluate(async (): Promise<Recorded> => {
    // Let the frames for the last events land, then stop.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const bench = window.__bench;
    if (!bench) return [[], []];
    bench.recording = false;
    return [bench.frames, bench.renders];
  });
  return [result, frames];
}

async function realInput(page: Page): Promise<number> {
  const box = await page.getByRole('application', { name: /^Citation graph of/ }).boundingBox();
  if (!box) throw new Error('The graph is not on screen.');
  // The fitted graph leaves the corners empty: a drag from there pans instead of moving a node.
  const from = { x: box.x + 12, y: box.y + 12 };
  let events = 0;
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 240, from.y + 160, { steps: 24 });
  await page.mouse.up();
  events += 27;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 12; i += 1) {
    // In eight steps, out four: the view ends zoomed in, which shows the wheel took effect.
    await page.mouse.wheel(0, i < 8 ? -100 : 100);
    // About one wheel event a frame, as a wheel or trackpad sends them.
    await page.waitForTimeout(16);
  }
  events += 13;
  return events;
}

function codeDriven(page: Page): Promise<void> {
  return page.evaluate(async () => {
    const cy = window.__cy;
    if (!cy) return;
    const until = performance.now() + 3000;
    await new Promise<void>((done) => {
      let frame = 0;
      const step = () => {
        frame += 1;
        if (frame > 60 || performance.now() > until) {
          done();
          return;
        }
        cy.panBy({ x: 4, y: 3 });
        cy.zoom({
          level: cy.zoom() * (frame <= 30 ? 1.01 : 0.99),
          renderedPosition: { x: 300, y: 300 },
        });
        requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    });
  });
}

const viewport = (page: Page) =>
  page.evaluate(() => ({ pan: window.__cy?.pan(), zoom: window.__cy?.zoom() }));

export async function measurePanZoom(page: Page): Promise<PanZoomResult> {
  await waitForQuiet(page);
  const before = await viewport(page);
  const start = Date.now();
  const [events, inputFrames] = await record(page, () => realInput(page));
  const wall = Date.now() - start;
  const after = await viewport(page);
  if (before.pan?.x === after.pan?.x || before.zoom === after.zoom) {
    throw new Error('The drag and the wheel did not move the view: the gesture hit a node?');
  }
  await waitForQuiet(page);
  const [, codeFrames] = await record(page, () => codeDriven(page));
  await waitForQuiet(page);
  return {
    input: frameStats(inputFrames),
    events,
    msPerEvent: wall / events,
    code: frameStats(codeFrames),
  };
}
