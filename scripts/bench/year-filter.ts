// The year filter as a person uses it: a four-digit year typed into "From year" (one input
// event, as the fourth keystroke or a paste), timed from that event to the first frame
// Cytoscape draws after the app changed the nodes' classes; then the field is emptied again.
// "Direct" does only Cytoscape's part - the same classes toggled in one batch on the app's
// instance, to the next frame - so the difference is what React and the app add.
import type { Page } from 'playwright-core';
import { median } from './stats';
import './page-globals';

export interface YearFilterResult {
  /** Median over the repeats of applying the range (hides the older papers). */
  readonly applyMs: number;
  /** Of applyMs: from the input event until the app starts changing classes (React's part). */
  readonly beforeClassesMs: number;
  /** Median over the repeats of clearing it (shows every paper again). */
  readonly clearMs: number;
  /** Cytoscape alone: the same classes in one batch on the same instance, to the next frame. */
  readonly directMs: number;
  /** Nodes hidden while the range was applied. */
  readonly hidden: number;
}

interface Timed {
  readonly ms: number;
  readonly hidden: number;
  readonly beforeClassesMs?: number;
}

export function typeYear(page: Page, text: string): Promise<Timed> {
  return page.evaluate(async (value) => {
    const cy = window.__cy;
    const input = [...document.querySelectorAll('label')]
      .find((label) => label.textContent.trim().startsWith('From year'))
      ?.querySelector('input');
    if (!cy || !input) throw new Error('No graph or no "From year" field.');
    let classAt = -1;
    cy.one('class', () => {
      classAt = performance.now();
    });
    const drawn = new Promise<number>((done, fail) => {
      const timer = setTimeout(() => fail(new Error('The filter changed nothing.')), 60_000);
      const onRender = () => {
        if (classAt < 0) return;
        clearTimeout(timer);
        cy.off('render', onRender);
        done(performance.now());
      };
      cy.on('render', onRender);
    });
    // React tracks an input's value: set it through the prototype so the change is seen.
    const descriptor = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
    const start = performance.now();
    descriptor?.set?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const end = await drawn;
    const hidden = cy.nodes('.is-hidden').length;
    return { ms: end - start, hidden, beforeClassesMs: classAt - start };
  }, text);
}

export function direct(page: Page, from: number | null): Promise<Timed> {
  return page.evaluate(async (year) => {
    const cy = window.__cy;
    if (!cy) throw new Error('No graph.');
    const drawn = new Promise<number>((done) => cy.one('render', () => done(performance.now())));
    const start = performance.now();
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const y = node.data('year') as number | null;
        const centre = node.data('relation') === 'centre';
        node.toggleClass('is-hidden', year !== null && !centre && (y === null || y < year));
      });
    });
    const end = await drawn;
    return { ms: end - start, hidden: cy.nodes('.is-hidden').length };
  }, from);
}

export async function measureYearFilter(
  page: Page,
  fromYear: number,
  repeats = 3,
): Promise<YearFilterResult> {
  const apply: number[] = [];
  const clear: number[] = [];
  const directApply: number[] = [];
  const beforeClasses: number[] = [];
  let hidden = 0;
  const pause = () => page.waitForTimeout(300);
  for (let i = 0; i < repeats; i += 1) {
    const applied = await typeYear(page, String(fromYear));
    apply.push(applied.ms);
    beforeClasses.push(applied.beforeClassesMs ?? Number.NaN);
    hidden = applied.hidden;
    await pause();
    clear.push((await typeYear(page, '')).ms);
    await pause();
    directApply.push((await direct(page, fromYear)).ms);
    await pause();
    await direct(page, null);
    await pause();
  }
  return {
    applyMs: median(apply),
    beforeClassesMs: median(beforeClasses),
    clearMs: median(clear),
    directMs: median(directApply),
    hidden,
  };
}
