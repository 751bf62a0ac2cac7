// @vitest-environment jsdom
// Relabelling a drawn graph (Cytoscape's renderer on jsdom's stubbed canvas): which nodes get a
// label, at what size on screen, and that the chosen boxes stay apart and off the overlays.
import '../../tests/setup/dom-layout-stubs';
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { boxesCollide, type LabelBox } from '../graph/labels';
import { labelCandidates, POSITION_CLASSES, type MeasureText } from './label-boxes';
import { LABEL_PX, labelStep } from './label-steps';
import { graphStylesheet, MIN_LABEL_PX } from './stylesheet';
import { relabel } from './use-graph-labels';

const measure: MeasureText = (text, _weight, size) => Math.ceil(text.length * size * 0.6);

/** A centre and 120 neighbours on a grid, ranked from the top-left. */
const ELEMENTS: ElementDefinition[] = [
  {
    data: {
      id: 'centre',
      relation: 'centre',
      main: true,
      label: 'Centre 2010',
      size: 30,
      colour: '#777',
    },
  },
  ...Array.from({ length: 120 }, (_, i) => ({
    data: { id: `n${i}`, relation: 'citation', label: `Author ${2000 + i}`, size: 12 },
    position: { x: (i % 12) * 30 - 165, y: Math.floor(i / 12) * 30 - 135 },
  })),
].map((el) => ({ ...el, data: { colour: '#16a34a', colourDark: '#4ade80', ...el.data } }));
const ranks = new Map(ELEMENTS.slice(1).map((el, i) => [String(el.data.id), i]));

let current: { cy: Core; container: HTMLElement } | null = null;
function drawn(): Core {
  const container = document.createElement('div');
  document.body.append(container);
  const cy = cytoscape({
    container,
    style: graphStylesheet('light'),
    elements: ELEMENTS,
    layout: { name: 'preset' },
  });
  current = { cy, container };
  return cy;
}
afterEach(() => {
  current?.cy.destroy();
  current?.container.remove();
  current = null;
});

function chosenBoxes(cy: Core, chosen: readonly string[]): LabelBox[] {
  const { candidates } = labelCandidates(cy, {
    ranks,
    selectedKey: null,
    step: labelStep(cy.zoom()),
    measure,
  });
  // Each at the place its classes name.
  return candidates
    .filter((c) => chosen.includes(c.key))
    .map((c) => {
      const node = cy.getElementById(c.key);
      const position = POSITION_CLASSES.findIndex((name) => name !== '' && node.hasClass(name));
      const box = [c.box, ...(c.alternatives ?? [])][Math.max(0, position)];
      if (!box) throw new Error(`No box for ${c.key}`);
      return box;
    });
}

describe('relabel', () => {
  it.each([0.3, 1, 2.5])(
    'at zoom %s labels the centre and apart boxes, drawn at a readable size',
    (zoom) => {
      const cy = drawn();
      cy.zoom(zoom);
      cy.center();
      const chosen = relabel(cy, { ranks, selectedKey: null }, measure);
      expect(chosen[0]).toBe('centre');
      expect(chosen.length).toBeGreaterThan(3);
      // The classes say the same as the placement.
      expect(
        cy
          .nodes('.has-label')
          .map((n) => n.id())
          .sort(),
      ).toEqual([...chosen].sort());
      const boxes = chosenBoxes(cy, chosen);
      boxes.forEach((a, i) => {
        for (const b of boxes.slice(i + 1)) expect(boxesCollide(a, b)).toBe(false);
      });
      for (const id of chosen.slice(1)) {
        const px = parseFloat(String(cy.getElementById(id).style('font-size'))) * cy.zoom();
        expect(px).toBeGreaterThanOrEqual(Math.max(LABEL_PX, MIN_LABEL_PX) - 1e-9);
        expect(px).toBeLessThan(LABEL_PX * 2 ** 0.25 + 1e-9);
      }
    },
  );

  it('takes labels away that no longer fit, and keeps them off an overlay', () => {
    const cy = drawn();
    cy.zoom(1);
    cy.center();
    const before = relabel(cy, { ranks, selectedKey: null }, measure);
    const overlay: LabelBox = { x1: 0, y1: 0, x2: cy.width(), y2: cy.height() / 2 };
    const after = relabel(cy, { ranks, selectedKey: null }, measure, [overlay]);
    expect(after.length).toBeLessThan(before.length);
    expect(cy.nodes('.has-label').length).toBe(after.length);
    for (const box of chosenBoxes(cy, after.slice(1)))
      expect(boxesCollide(box, overlay)).toBe(false);
  });

  it('labels the selected paper before any other but the centre', () => {
    const cy = drawn();
    cy.zoom(1);
    cy.center();
    const chosen = relabel(cy, { ranks, selectedKey: 'n60' }, measure);
    expect(chosen.slice(0, 2)).toEqual(['centre', 'n60']);
  });

  it('resizes the labels it keeps when relabelled at another zoom', () => {
    const cy = drawn();
    cy.zoom(1);
    cy.center();
    const before = relabel(cy, { ranks, selectedKey: null }, measure);
    cy.zoom(2.5);
    cy.center();
    const after = relabel(cy, { ranks, selectedKey: null }, measure);
    const kept = after.slice(1).filter((id) => before.includes(id));
    expect(kept.length).toBeGreaterThan(0);
    for (const id of kept) {
      const px = parseFloat(String(cy.getElementById(id).style('font-size'))) * cy.zoom();
      expect(px).toBeGreaterThanOrEqual(LABEL_PX - 1e-9);
      expect(px).toBeLessThan(LABEL_PX * 2 ** 0.25 + 1e-9);
    }
  });
});
