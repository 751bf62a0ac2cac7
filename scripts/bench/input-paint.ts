// Whether typing into a filter waits for the graph. With the graph settled, a four-digit year is
// typed into "From year" with real key presses, about 120 ms apart as a person types, then
// deleted key by key; once the graph is quiet, a word from the twin's titles is typed into the
// text filter and deleted the same way. For every keystroke: from its `input` event (the event's
// timeStamp) to the end of the next frame. "The end of the frame" is approximated the usual way:
// the input listener asks for an animation frame, and that callback posts a task, which runs
// only after the frame has been produced (script, style, layout, paint). The task is posted with
// scheduler.postTask at 'user-blocking' priority: a MessageChannel message would wait behind
// tasks already queued - React schedules its deferred renders that way - and so count work done
// after the keystroke was already on screen (both are kept per keystroke). Chromium's Event
// Timing API gives a second opinion on the same events (rounded to 8 ms, and only above its
// 16 ms threshold). Nothing here knows the app beyond the fields' labels.
import type { Locator, Page } from 'playwright-core';
import { waitForQuiet } from './page';
import { percentile } from './stats';
import type { RecordedStroke } from './page-globals';

/** The twin's titles are built from mocks/vocabulary.ts: this noun is one of sixteen. */
export const TEXT_FILTER_WORD = 'Kernels';
const YEAR_LABEL = 'From year';
const TEXT_LABEL = 'Title, author or venue';
/** Between one key press and the next, as a person types. */
const KEY_INTERVAL_MS = 120;
/** Event Timing reports only events at least this long (16 is the lowest it allows). */
const EVENT_THRESHOLD_MS = 16;

export type KeystrokePhase = RecordedStroke['phase'];

export interface Keystroke {
  readonly phase: KeystrokePhase;
  /** The field's value after the keystroke. */
  readonly value: string;
  /** From the input event to the end of the next frame (the headline). */
  readonly inputToPaintMs: number;
  /** The same, ended by a MessageChannel message instead (queued behind other tasks). */
  readonly inputToMessageMs: number;
  /** The same from the keydown, which also counts any wait before the input event ran. */
  readonly keydownToPaintMs: number;
  /** Event Timing's duration of the input event; NaN when under its threshold (not reported). */
  readonly eventDurationMs: number;
}

export interface InputPaintResult {
  readonly keystrokes: readonly Keystroke[];
  /** Over every keystroke of the run. */
  readonly p95Ms: number;
  readonly maxMs: number;
  readonly keydownP95Ms: number;
  /**
   * p95 of Event Timing's durations for the same input events, those under its threshold counted
   * at the threshold; NaN where the browser has no Event Timing.
   */
  readonly eventDurationP95Ms: number;
}

/** Listeners in the page, installed once: every input event and the frame that follows it. */
function installKeyRecorder(page: Page, threshold: number): Promise<void> {
  return page.evaluate((durationThreshold) => {
    if (window.__benchKeys) {
      window.__benchKeys.strokes.length = 0;
      window.__benchKeys.events.length = 0;
      return;
    }
    const state: NonNullable<Window['__benchKeys']> = {
      phase: null,
      strokes: [],
      events: [],
      eventTiming: PerformanceObserver.supportedEntryTypes.includes('event'),
    };
    window.__benchKeys = state;
    let keydownAt = Number.NaN;
    const channel = new MessageChannel();
    channel.port1.onmessage = (message: MessageEvent<number>) => {
      const stroke = state.strokes[message.data];
      if (stroke) stroke.messageAt = performance.now();
    };
    // Where postTask is missing, the message is the end of the frame.
    const hasPostTask = typeof scheduler === 'object' && typeof scheduler.postTask === 'function';
    const afterFrame = (index: number) => {
      channel.port2.postMessage(index);
      const stroke = state.strokes[index];
      if (!stroke) return;
      const done = () => {
        stroke.paintedAt = performance.now();
      };
      if (hasPostTask) void scheduler.postTask(done, { priority: 'user-blocking' });
      else channel.port1.addEventListener('message', done, { once: true });
    };
    window.addEventListener('keydown', (event) => (keydownAt = event.timeStamp), true);
    window.addEventListener(
      'input',
      (event) => {
        const target = event.target;
        if (!state.phase || !(target instanceof HTMLInputElement)) return;
        const index =
          state.strokes.push({
            phase: state.phase,
            value: target.value,
            keydownAt,
            inputAt: event.timeStamp,
            paintedAt: Number.NaN,
            messageAt: Number.NaN,
          }) - 1;
        requestAnimationFrame(() => afterFrame(index));
      },
      true,
    );
    if (state.eventTiming) {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          state.events.push({
            name: entry.name,
            startTime: entry.startTime,
            duration: entry.duration,
          });
        }
      }).observe({ type: 'event', durationThreshold } as PerformanceObserverInit);
    }
  }, threshold);
}

async function field(page: Page, label: string): Promise<Locator> {
  const input = page.getByLabel(label, { exact: true });
  try {
    await input.waitFor({ state: 'visible', timeout: 30_000 });
  } catch {
    throw new Error(`Keystroke paint: no visible field labelled "${label}" next to the graph.`);
  }
  return input;
}

/** Presses the keys one by one, each about KEY_INTERVAL_MS after the one before. */
async function pressKeys(
  page: Page,
  phase: KeystrokePhase,
  keys: readonly string[],
): Promise<void> {
  await page.evaluate((name) => {
    if (window.__benchKeys) window.__benchKeys.phase = name;
  }, phase);
  let next = Date.now();
  for (const key of keys) {
    const wait = next - Date.now();
    if (wait > 0) await page.waitForTimeout(wait);
    next = Date.now() + KEY_INTERVAL_MS;
    await page.keyboard.press(key);
  }
  await page.evaluate(() => {
    if (window.__benchKeys) window.__benchKeys.phase = null;
  });
}

/** Until every recorded keystroke has reached its frame. */
async function framesLanded(page: Page, count: number): Promise<void> {
  try {
    await page.waitForFunction(
      (expected) => {
        const strokes = window.__benchKeys?.strokes ?? [];
        const landed = (s: (typeof strokes)[number]) =>
          !Number.isNaN(s.paintedAt) && !Number.isNaN(s.messageAt);
        return strokes.length >= expected && strokes.every(landed);
      },
      count,
      { timeout: 60_000, polling: 100 },
    );
  } catch {
    const seen = await page.evaluate(() => window.__benchKeys?.strokes.length ?? 0);
    throw new Error(
      `Keystroke paint: ${seen} of ${count} key presses reached the page and a frame.`,
    );
  }
}

/**
 * Types `text` (ASCII: one key per character) into the field, checks it arrived, then deletes it
 * key by key.
 */
async function typeAndClear(
  page: Page,
  label: string,
  text: string,
  phases: readonly [KeystrokePhase, KeystrokePhase],
): Promise<void> {
  const input = await field(page, label);
  if ((await input.inputValue()) !== '') await input.fill('');
  await waitForQuiet(page);
  await input.focus();
  const before = await page.evaluate(() => window.__benchKeys?.strokes.length ?? 0);
  await pressKeys(page, phases[0], Array.from(text));
  const typed = await input.inputValue();
  if (typed !== text) {
    throw new Error(`Keystroke paint: typed "${text}" into "${label}" but it shows "${typed}".`);
  }
  await framesLanded(page, before + text.length);
  await waitForQuiet(page);
  await pressKeys(
    page,
    phases[1],
    Array.from({ length: text.length }, () => 'Backspace'),
  );
  if ((await input.inputValue()) !== '')
    throw new Error(`Keystroke paint: "${label}" not cleared.`);
  await framesLanded(page, before + 2 * text.length);
  await waitForQuiet(page);
}

export async function measureInputPaint(page: Page, year: number): Promise<InputPaintResult> {
  await installKeyRecorder(page, EVENT_THRESHOLD_MS);
  const yearText = String(year);
  await typeAndClear(page, YEAR_LABEL, yearText, ['year', 'year cleared']);
  await typeAndClear(page, TEXT_LABEL, TEXT_FILTER_WORD, ['text', 'text cleared']);
  const recorded = await page.evaluate(async () => {
    // Event Timing entries are delivered after the frame: give them two more.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const state = window.__benchKeys;
    return {
      strokes: state?.strokes ?? [],
      events: state?.events ?? [],
      eventTiming: state?.eventTiming ?? false,
    };
  });
  const pressed = 2 * (yearText.length + TEXT_FILTER_WORD.length);
  if (recorded.strokes.length !== pressed) {
    throw new Error(
      `Keystroke paint: ${pressed} key presses but ${recorded.strokes.length} input events.`,
    );
  }
  const inputEvents = recorded.events.filter((e) => e.name === 'input');
  const keystrokes = recorded.strokes.map((s): Keystroke => ({
    phase: s.phase,
    value: s.value,
    inputToPaintMs: s.paintedAt - s.inputAt,
    inputToMessageMs: s.messageAt - s.inputAt,
    keydownToPaintMs: s.paintedAt - s.keydownAt,
    eventDurationMs:
      inputEvents.find((e) => Math.abs(e.startTime - s.inputAt) < 1)?.duration ?? Number.NaN,
  }));
  const paint = keystrokes.map((k) => k.inputToPaintMs);
  return {
    keystrokes,
    p95Ms: percentile(paint, 95),
    maxMs: Math.max(...paint),
    keydownP95Ms: percentile(
      keystrokes.map((k) => k.keydownToPaintMs),
      95,
    ),
    eventDurationP95Ms: !recorded.eventTiming
      ? Number.NaN
      : percentile(
          keystrokes.map((k) =>
            Number.isNaN(k.eventDurationMs) ? EVENT_THRESHOLD_MS : k.eventDurationMs,
          ),
          95,
        ),
  };
}
