import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { CitationContext } from '../../domain/paper';
import { buildCitationGraph } from '../../graph/citation-graph';
import { NO_FILTERS, nodeMatcher, type GraphFilters } from '../../graph/filters';
import { countIntents } from '../../graph/intent-counts';
import { citing, link, paper } from '../../test-support/papers';
import { IntentFilters } from './intent-filters';
import { IntentSummary } from './intent-summary';
import { LinkContexts } from './link-contexts';

const MARKUP = '<img src=x onerror="window.__ran=true"> as in $\\alpha$ [4]';

describe('LinkContexts', () => {
  it('shows each sentence as text with its intents, and the influential badge', () => {
    const contexts: CitationContext[] = [
      { text: MARKUP, intents: ['methodology'] },
      { text: 'Unlike [4], we do not.', intents: [] },
    ];
    render(
      <LinkContexts
        node={{ citesCentre: { isInfluential: true, intents: ['methodology'], contexts } }}
      />,
    );
    const section = screen.getByRole('region', { name: 'How it cites this paper' });
    expect(within(section).getByText('Influential')).toBeInTheDocument();
    const items = within(section).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(MARKUP);
    expect(within(items[0]!).getByText('Methodology')).toBeInTheDocument();
    expect(section.querySelector('img')).toBeNull();
    expect((window as { __ran?: boolean }).__ran).toBeUndefined();
  });

  it('says when the API has no context, for each direction it has', () => {
    const none = { isInfluential: false, intents: [], contexts: [] };
    render(<LinkContexts node={{ citesCentre: none, citedByCentre: none }} />);
    expect(screen.getByRole('region', { name: 'How it cites this paper' })).toHaveTextContent(
      'No citation context available.',
    );
    expect(screen.getByRole('region', { name: 'How this paper cites it' })).toHaveTextContent(
      'No citation context available.',
    );
  });

  it('folds after five sentences and opens on demand', async () => {
    const contexts = Array.from({ length: 8 }, (_, i) => ({ text: `Sentence ${i}.`, intents: [] }));
    render(
      <LinkContexts node={{ citedByCentre: { isInfluential: false, intents: [], contexts } }} />,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(5);
    await userEvent.click(screen.getByRole('button', { name: 'Show all 8 sentences' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(8);
    expect(screen.getByText('Sentence 7.')).toBeInTheDocument();
  });

  it('says a paper not linked to the centre has no context, and invents none', () => {
    render(<LinkContexts node={{}} />);
    expect(screen.getByTestId('no-link-facts')).toBeInTheDocument();
    expect(screen.queryByRole('listitem')).toBeNull();
  });
});

const graph = buildCitationGraph({
  centre: paper(1),
  references: [link(paper(2))],
  citations: [
    citing(paper(3), ['methodology'], true),
    citing(paper(4), ['methodology', 'result']),
    citing(paper(5), ['background']),
    citing(paper(6), []),
  ],
});

function Harness() {
  const [filters, setFilters] = useState<GraphFilters>(NO_FILTERS);
  const shown = graph.nodes.filter(nodeMatcher(filters)).map((n) => n.paper.title);
  return (
    <>
      <IntentSummary
        counts={countIntents(graph)}
        direction="citations"
        partial={false}
        filters={filters}
        onChange={setFilters}
      />
      <IntentFilters filters={filters} onChange={setFilters} />
      <output data-testid="shown">{shown.join(', ')}</output>
    </>
  );
}

describe('the intent summary and filters', () => {
  it('counts the citations and applies a part as a filter, pressed again to clear it', async () => {
    render(<Harness />);
    const summary = screen.getByRole('region', { name: 'Why the citations cite' });
    expect(summary).toHaveTextContent('Of 4 citations:');
    const methodology = within(summary).getByRole('button', { name: /^2 methodology/ });
    await userEvent.click(methodology);
    expect(screen.getByTestId('shown')).toHaveTextContent('Paper 3, Paper 4');
    expect(methodology).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('checkbox', { name: 'Methodology' })).toBeChecked();
    await userEvent.click(methodology);
    expect(screen.getByTestId('shown')).toHaveTextContent('Paper 2, Paper 3, Paper 4, Paper 5');
  });

  it('"Influential only" and intent checkboxes combine; any checked intent matches', async () => {
    render(<Harness />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Background' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'No intent given' }));
    expect(screen.getByTestId('shown')).toHaveTextContent(/^Paper 2, Paper 5, Paper 6$/);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Influential only' }));
    expect(screen.getByTestId('shown')).toHaveTextContent(/^$/);
    expect(screen.getByRole('button', { name: /^1 influential/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });
});
