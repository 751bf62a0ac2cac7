// The baseline: the same Cytoscape build the app bundles (the constructor of the app's
// instance), a fresh instance in a container of the same size and place, the same elements at
// the same positions, added in one call, preset layout, fit, up to the first frame drawn. It
// runs after the app has left the paper (reopen.ts), so the app's instance is gone and raw
// Cytoscape has the page to itself. Creating the instance is left out, as the app creates its
// own before the data it draws arrives.
import type { Page } from 'playwright-core';
import './page-globals';

/**
 * default: Cytoscape's default stylesheet (the baseline the ratio is taken against).
 * app: the app's stylesheet and viewport options. appNoLabels: the same without node labels,
 * to show what labels cost even when they are too small to draw.
 */
export type RawVariant = 'default' | 'app' | 'appNoLabels';

export interface RawTiming {
  /** From cy.add to the first frame drawn. */
  readonly ms: number;
  /** Of that, the add and the layout (script); the rest is the first draw. */
  readonly scriptMs: number;
}

export type RawResult = Readonly<Record<RawVariant, RawTiming>>;

function drawRaw(page: Page, variant: RawVariant): Promise<RawTiming> {
  return page.evaluate(async (kind) => {
    const graph = window.__benchGraph;
    if (!graph) throw new Error('No graph kept: call leavePaper first.');
    const { box, style } = graph;
    const host = document.createElement('div');
    Object.assign(host.style, {
      position: 'fixed',
      left: `${box.left}px`,
      top: `${box.top}px`,
      width: `${box.width}px`,
      height: `${box.height}px`,
      background: '#fff',
      zIndex: '10000',
    });
    document.body.append(host);
    const appOptions = {
      style:
        kind === 'appNoLabels' ? [...style, { selector: 'node', style: { label: '' } }] : style,
      textureOnViewport: true,
      hideEdgesOnViewport: true,
      pixelRatio: 1,
    };
    const cy = new graph.Cytoscape({ container: host, ...(kind === 'default' ? {} : appOptions) });
    await new Promise((done) => requestAnimationFrame(done));
    const start = performance.now();
    const drawn = new Promise<number>((done) => cy.one('render', () => done(performance.now())));
    cy.add(graph.elements);
    cy.layout({ name: 'preset', fit: true, padding: 40 }).run();
    const scriptMs = performance.now() - start;
    const ms = (await drawn) - start;
    cy.destroy();
    host.remove();
    return { ms, scriptMs };
  }, variant);
}

export async function rawCytoscape(page: Page): Promise<RawResult> {
  const base = await drawRaw(page, 'default');
  const app = await drawRaw(page, 'app');
  const appNoLabels = await drawRaw(page, 'appNoLabels');
  return { default: base, app, appNoLabels };
}
