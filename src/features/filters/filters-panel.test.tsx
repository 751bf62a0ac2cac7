import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { buildCitationGraph } from '../../graph/citation-graph';
import {
  countHiddenForNoYear,
  NO_FILTERS,
  nodeMatcher,
  type GraphFilters,
} from '../../graph/filters';
import { yearHistogram } from '../../graph/year-histogram';
import { link, paper } from '../../test-support/papers';
import { FiltersPanel } from './filters-panel';

const graph = buildCitationGraph({
  centre: paper(1, { year: 2015 }),
  references: [
    link(paper(2, { year: 2001, citationCount: 900, title: 'Old and famous' })),
    link(paper(3, { year: null, citationCount: 3, title: 'Undated' })),
  ],
  citations: [
    link(paper(4, { year: 2018, citationCount: 12, venue: 'Graph Workshop', title: 'New' })),
    link(paper(5, { year: 2020, citationCount: 0, title: 'Newer' })),
  ],
});

/** The panel wired to a filtered list, as the explorer wires it to the graph and the table. */
function Harness() {
  const [filters, setFilters] = useState<GraphFilters>(NO_FILTERS);
  const [links, setLinks] = useState(false);
  const shown = graph.nodes.filter(nodeMatcher(filters)).map((n) => n.paper.title);
  return (
    <>
      <FiltersPanel
        filters={filters}
        histogram={yearHistogram(graph.nodes)}
        hiddenForNoYear={countHiddenForNoYear(graph.nodes, filters)}
        onChange={setFilters}
        showLinks={links}
        onShowLinks={setLinks}
      />
      <output aria-label="shown">{shown.join(', ')}</output>
      <output aria-label="links">{String(links)}</output>
    </>
  );
}

const shown = () => screen.getByLabelText('shown').textContent;

describe('the filters panel', () => {
  it('narrows by year with the From and To fields and counts papers hidden for lacking a year', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(screen.getByLabelText('From year'), '2010');
    expect(shown()).toBe('New, Newer');
    expect(screen.getByText(/1 paper without a year hidden/)).toBeVisible();
    await user.type(screen.getByLabelText('To year'), '2019');
    expect(shown()).toBe('New');
  });

  it('filters by minimum citations and by text', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(screen.getByLabelText('Minimum citations'), '10');
    expect(shown()).toBe('Old and famous, New');
    await user.type(screen.getByLabelText('Title, author or venue'), 'workshop');
    expect(shown()).toBe('New');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(shown()).toBe('Old and famous, Undated, New, Newer');
  });

  it('toggles references, citations and the links among papers', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('checkbox', { name: /References/ }));
    expect(shown()).toBe('New, Newer');
    await user.click(screen.getByRole('checkbox', { name: /Citations/ }));
    expect(shown()).toBe('');
    await user.click(screen.getByRole('checkbox', { name: 'Links among these papers' }));
    expect(screen.getByLabelText('links').textContent).toBe('true');
  });

  it('moves the year range with the keyboard on the slider', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    screen.getByRole('slider', { name: 'Earliest year' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByLabelText('From year')).toHaveValue('2002');
    expect(shown()).toBe('New, Newer');
  });
});
