// The axis over an expanded timeline: ticks on both sides of the no-year lane, none under it.
import { render } from '@testing-library/react';
import cytoscape from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { buildCitationGraph } from '../graph/citation-graph';
import { addExpansions } from '../graph/expansion';
import { timelineScale } from '../graph/layout/timeline-scale';
import { link, paper } from '../test-support/papers';
import { TimelineAxis } from './timeline-axis';

// A 2010 paper citing 2000–2008 papers (one without a year), expanded into 1970–1990 papers.
const own = buildCitationGraph({
  centre: paper(1, { year: 2010 }),
  references: [2000, 2002, 2004, 2006, 2008, null].map((year, i) => link(paper(100 + i, { year }))),
  citations: [link(paper(200, { year: 2012 }))],
});
const graph = addExpansions(own, [
  {
    id: paper(100).id,
    references: [1970, 1980, 1990].map((year, i) => link(paper(300 + i, { year }))),
    citations: [],
  },
]);

/** A canvas wide enough to show every year at one pixel per model unit. */
function canvas() {
  const cy = cytoscape({ headless: true });
  vi.spyOn(cy, 'width').mockReturnValue(100_000);
  cy.viewport({ zoom: 1, pan: { x: 50_000, y: 0 } });
  return cy;
}

const ticks = (container: HTMLElement) =>
  [...container.querySelectorAll('[data-year]')].map((el) => ({
    year: Number(el.getAttribute('data-year')),
    x: parseFloat((el as HTMLElement).style.left),
  }));

describe('TimelineAxis', () => {
  it('ticks the second-hop years left of the no-year lane, and none under the lane', () => {
    const { container } = render(<TimelineAxis cy={canvas()} graph={graph} />);
    const lane = timelineScale(graph).noYearLane;
    if (!lane) throw new Error('expected a no-year lane');
    const shown = ticks(container);
    expect(shown.map((t) => t.year)).toEqual(
      expect.arrayContaining([1970, 1980, 1990, 2000, 2010]),
    );
    for (const tick of shown) {
      const x = tick.x - 50_000;
      expect(x < lane.left || x > lane.right).toBe(true);
      // Years before the lane stand left of it, the rest right of it.
      expect(x < lane.left).toBe(tick.year < 2000);
    }
  });
});
