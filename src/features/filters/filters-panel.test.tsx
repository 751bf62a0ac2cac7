import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { buildCitationGraph, type CitationGraph } from '../../graph/citation-graph';
import {
  countHiddenForNoYear,
  NO_FILTERS,
  nodeMatcher,
  type GraphFilters,
} from '../../graph/filters';
import { yearHistogram } from '../../graph/year-histogram';
import { link, paper, unresolvedLink } from '../../test-support/papers';
import { FiltersPanel } from './filters-panel';

const neighbourhood = buildCitationGraph({
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
function Harness({ graph = neighbourhood }: { graph?: CitationGraph }) {
  const [filters, setFilters] = useState<GraphFilters>(NO_FILTERS);
  const [links, setLinks] = useState(false);
  const shown = graph.nodes.filter(nodeMatcher(filters)).map((n) => n.paper.title);
  return (
    <>
      <FiltersPanel
        filters={filters}
        histogram={yearHistogram(graph.nodes, graph.centre.year)}
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
    const minimum = screen.getByLabelText('Minimum citations');
    await user.type(minimum, '10');
    // The number shows at once; the filter follows when typing pauses, not per digit.
    expect(minimum).toHaveValue(10);
    expect(shown()).toBe('Old and famous, Undated, New, Newer');
    await waitFor(() => expect(shown()).toBe('Old and famous, New'));
    const field = screen.getByLabelText('Title, author or venue');
    await user.type(field, 'worksho');
    // Typing shows at once; the filter follows when typing pauses.
    expect(field).toHaveValue('worksho');
    expect(shown()).toBe('Old and famous, New');
    await user.type(field, 'p');
    await waitFor(() => expect(shown()).toBe('New'));
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(shown()).toBe('Old and famous, Undated, New, Newer');
  });

  it('applies the text at once on Enter and when the field is emptied', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const field = screen.getByLabelText('Title, author or venue');
    await user.type(field, 'workshop{Enter}');
    expect(shown()).toBe('New');
    await user.clear(field);
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

/** Drawn papers from 2001 to 2020, and references S2 could not resolve from the 1950s. */
const withOldUnresolved = buildCitationGraph({
  centre: paper(1, { year: 2015 }),
  references: [
    link(paper(2, { year: 2001, title: 'Old and famous' })),
    link(paper(3, { year: null, title: 'Undated' })),
    unresolvedLink('A report from 1950', { year: 1950 }),
    unresolvedLink('Notes from 1957', { year: 1957 }),
    unresolvedLink('An undated letter'),
  ],
  citations: [link(paper(5, { year: 2020, title: 'Newer' }))],
});

describe('the years of the filters panel', () => {
  it("spans the drawn papers' years, not those of unresolved references decades older", () => {
    render(<Harness graph={withOldUnresolved} />);
    expect(screen.getByRole('slider', { name: 'Earliest year' })).toHaveAttribute(
      'aria-valuemin',
      '2001',
    );
    expect(screen.getByRole('slider', { name: 'Latest year' })).toHaveAttribute(
      'aria-valuemax',
      '2020',
    );
    expect(screen.getByLabelText('From year')).toHaveAttribute('placeholder', '2001');
    expect(screen.getByRole('img', { name: /^Papers per year from 2001 to 2020/ })).toBeVisible();
  });

  it('shows the drawn papers without a year as a labelled bar of their own', () => {
    render(<Harness graph={withOldUnresolved} />);
    const bar = screen.getByRole('img', { name: '1 paper without a year' });
    expect(bar).toBeVisible();
    expect(bar).toHaveTextContent('No year');
  });

  it('says how many listed papers are not drawn, and how many of them a range keeps', async () => {
    const user = userEvent.setup();
    render(<Harness graph={withOldUnresolved} />);
    const note = screen.getByTestId('not-drawn');
    expect(note).toHaveTextContent(
      /^3 listed papers have no Semantic Scholar record, so they are not drawn and not in these bars\.$/,
    );
    await user.type(screen.getByLabelText('From year'), '1950');
    await user.type(screen.getByLabelText('To year'), '1955');
    expect(note).toHaveTextContent(/1 of them is from 1950–1955\.$/);
    // The list keeps just that one: no drawn paper is from those years.
    expect(shown()).toBe('A report from 1950');
    await user.clear(screen.getByLabelText('To year'));
    expect(note).toHaveTextContent(/2 of them are from 1950 or later\.$/);
  });

  it('has no note when every listed paper is drawn', () => {
    render(<Harness />);
    expect(screen.queryByTestId('not-drawn')).toBeNull();
  });
});
