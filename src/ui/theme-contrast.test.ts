// Text stays readable in both themes: every text colour token against every surface it is drawn
// on has a WCAG contrast ratio of at least 4.5:1, and the edges of form controls 3:1 (what
// identifies a control). The tokens are read from app.css itself.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CSS = readFileSync(resolve(import.meta.dirname, '../app/app.css'), 'utf8');

function tokensOf(selector: string): Map<string, string> {
  const start = CSS.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`app.css has no ${selector} block`);
  const block = CSS.slice(start, CSS.indexOf('}', start));
  return new Map(
    [...block.matchAll(/(--colour-[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [
      m[1] ?? '',
      (m[2] ?? '').toLowerCase(),
    ]),
  );
}

const light = tokensOf(':root');
const themes = {
  light,
  dark: new Map([...light, ...tokensOf(":root[data-theme='dark']")]),
};

function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

const TEXT = ['text', 'muted', 'link', 'error'];
const SURFACES = [
  'page',
  'surface',
  'selected',
  'highlight',
  'warning-surface',
  'error-surface',
  'info-surface',
];
const PAIRS: [string, string][] = [
  ...TEXT.flatMap((text) => SURFACES.map((surface): [string, string] => [text, surface])),
  ['on-strong', 'strong'],
  ['on-tooltip', 'tooltip'],
  ['on-badge', 'badge'],
];

describe.each(Object.entries(themes))('the %s theme', (_name, tokens) => {
  it.each(PAIRS)('draws --colour-%s on --colour-%s at 4.5:1 or more', (text, surface) => {
    const fg = tokens.get(`--colour-${text}`);
    const bg = tokens.get(`--colour-${surface}`);
    if (!fg || !bg) throw new Error(`--colour-${text} or --colour-${surface} is not a hex colour`);
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(['page', 'surface'])(
    'outlines form controls on --colour-%s at 3:1 or more',
    (surface) => {
      const edge = tokens.get('--colour-control-border') ?? '';
      expect(contrast(edge, tokens.get(`--colour-${surface}`) ?? '')).toBeGreaterThanOrEqual(3);
    },
  );
});

describe('the contrast ratio', () => {
  it('matches the WCAG definition at its known points', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('#123456', '#123456')).toBe(1);
  });
});
