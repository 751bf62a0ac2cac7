// @vitest-environment jsdom
// The SVG exporter draws through Cytoscape's canvas renderer, which a headless instance lacks;
// jsdom with the canvas stub of the dom tests gives it one. PNG needs real pixels (toBlob), so
// here only the options handed to Cytoscape are checked; the e2e suite can check the image.
import '../../tests/setup/dom-layout-stubs';
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportPng, exportSvg, graphImageHandle, graphPositions, imageScale } from './graph-image';
import { PALETTES, type Theme } from './palette';
import { graphStylesheet } from './stylesheet';

const COLOURS = { colour: PALETTES.light.citation, colourDark: PALETTES.dark.citation };

const ELEMENTS: ElementDefinition[] = [
  {
    data: { id: 'a', label: 'Alpha 2001', size: 20, ...COLOURS },
    position: { x: 0, y: 0 },
    classes: 'has-label',
  },
  {
    data: { id: 'b', label: 'Beta <script>x</script> & co', size: 20, ...COLOURS },
    position: { x: 120, y: 0 },
    classes: 'has-label label-right',
  },
  {
    data: { id: 'c', label: 'Gamma 2003', size: 20, ...COLOURS },
    position: { x: 5000, y: -0 },
    classes: 'has-label is-hidden',
  },
  { data: { id: 'd', label: 'Delta 2004', size: 20, ...COLOURS }, position: { x: 60, y: 40 } },
  { data: { id: 'a->b', source: 'a', target: 'b' } },
  { data: { id: 'a->c', source: 'a', target: 'c' } },
];

let current: { cy: Core; container: HTMLElement } | null = null;

function drawn(theme: Theme = 'light'): Core {
  const container = document.createElement('div');
  document.body.append(container);
  const cy = cytoscape({
    container,
    style: graphStylesheet(theme),
    elements: ELEMENTS,
    layout: { name: 'preset' },
    pixelRatio: 1,
  });
  current = { cy, container };
  return cy;
}

afterEach(() => {
  current?.cy.destroy();
  current?.container.remove();
  current = null;
});

describe('graphPositions', () => {
  it('reads every node, hidden ones included, without negative zeros', () => {
    const cy = cytoscape({ headless: true, elements: ELEMENTS, layout: { name: 'preset' } });
    const positions = graphPositions(cy);
    expect(positions).toEqual({
      a: { x: 0, y: 0 },
      b: { x: 120, y: 0 },
      c: { x: 5000, y: 0 },
      d: { x: 60, y: 40 },
    });
    expect(Object.is(positions.c?.y, 0)).toBe(true);
  });
});

describe('exportSvg', () => {
  it('draws the visible nodes and their edges, not the hidden ones', async () => {
    const svg = await exportSvg(drawn());
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['Alpha 2001', 'Beta <script>x</script> & co']));
    expect(texts).not.toContain('Gamma 2003');
    // Only the papers the placement labelled carry text.
    expect(texts).not.toContain('Delta 2004');
    // A label the placement put right of its node starts there.
    const beta = [...doc.querySelectorAll('text')].find((t) => t.textContent.startsWith('Beta'));
    expect(beta?.getAttribute('text-anchor')).toBe('start');
    expect(Number(beta?.getAttribute('x'))).toBeGreaterThan(120);
    // Labels are text, never markup: no element came from the label.
    expect(doc.querySelector('script')).toBeNull();
    // The image is as wide as the visible part, not stretched to the hidden node at x = 5000.
    expect(Number(doc.documentElement.getAttribute('width'))).toBeLessThan(1000);
  });
});

describe('images of a graph shown in the dark theme', () => {
  it('are drawn in the light colours, and the screen stays dark', async () => {
    const cy = drawn('dark');
    const fill = () => String(cy.getElementById('a').style('background-color'));
    const dark = fill();
    const handle = graphImageHandle(cy, () => 'dark');
    const doc = new DOMParser().parseFromString(await handle.svg(), 'image/svg+xml');
    const circles = [...doc.querySelectorAll('circle')].map((c) => c.getAttribute('fill'));
    // Cytoscape reports colours as rgb(r,g,b).
    const lightFill = `rgb(${[1, 3, 5].map((i) => parseInt(PALETTES.light.citation.slice(i, i + 2), 16)).join(',')})`;
    expect(circles).toContain(lightFill);
    expect(circles).not.toContain(dark);
    const label = doc.querySelector('text');
    expect(label?.getAttribute('fill')).not.toBe(cy.getElementById('a').style('color') as string);
    // Back to the dark stylesheet once the image is made.
    expect(fill()).toBe(dark);
  });
});

describe('exportPng', () => {
  function fakeCy(w: number, h: number) {
    const png = vi.fn(() => Promise.resolve(new Blob(['png'])));
    const cy = { png, elements: () => ({ boundingBox: () => ({ w, h }) }) };
    return { cy: cy as unknown as Core, png };
  }

  it('asks for the whole graph on white at twice the size', async () => {
    const { cy, png } = fakeCy(800, 600);
    await exportPng(cy, { scale: 2 });
    expect(png).toHaveBeenCalledWith({
      output: 'blob-promise',
      full: true,
      bg: '#ffffff',
      scale: 2,
    });
  });

  it('shrinks the scale of a huge graph to fit a canvas', async () => {
    const { cy, png } = fakeCy(40_000, 1_000);
    await exportPng(cy, { scale: 2 });
    expect(png).toHaveBeenCalledWith(
      expect.objectContaining({ scale: imageScale({ w: 40_000, h: 1_000 }, 2) }),
    );
    expect(imageScale({ w: 40_000, h: 1_000 }, 2) * 40_000).toBeLessThanOrEqual(8192);
  });
});
