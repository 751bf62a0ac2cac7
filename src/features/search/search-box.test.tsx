import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { describe, expect, it, vi } from 'vitest';
import { createS2Client } from '../../api/client';
import { S2ClientProvider } from '../../queries/s2-client-context';
import { SearchBox } from './search-box';
import { SUGGEST_DELAY_MS } from './use-suggestions';
import { withServer } from '../../../tests/support/msw-server';

/** The polite live region (not role="status": the app keeps that role for its counts line). */
const liveRegion = (): HTMLElement => {
  const region = document.querySelector<HTMLElement>('.search-announcer');
  if (!region) throw new Error('No live region .search-announcer');
  return region;
};

const BASE_URL = 'https://api.semanticscholar.org/graph/v1';
const AUTOCOMPLETE = `${BASE_URL}/paper/autocomplete`;
const ATTENTION = {
  id: 'a'.repeat(40),
  title: 'Attention Is All You Need',
  authorsYear: 'Vaswani et al., 2017',
};
const MARKUP = { id: 'b'.repeat(40), title: 'Attention <b>Transformers</b>', authorsYear: null };
const GRAPHS = {
  id: 'c'.repeat(40),
  title: 'Graph Attention Networks',
  authorsYear: 'Veličković et al., 2018',
};

// Answers any query, so a suggestion the box should never have asked for shows up as a list.
const server = setupServer(
  http.get(AUTOCOMPLETE, () => HttpResponse.json({ matches: [ATTENTION, MARKUP, GRAPHS] })),
);

withServer(server);

function renderSearchBox() {
  const onOpen = vi.fn<(paper: string) => void>();
  const onSearch = vi.fn<(query: string) => void>();
  const client = createS2Client({ baseUrl: BASE_URL, paceMs: 0, scheduler: { maxRetries: 0 } });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <S2ClientProvider client={client}>
        <SearchBox onOpen={onOpen} onSearch={onSearch} />
      </S2ClientProvider>
    </QueryClientProvider>,
  );
  const input = screen.getByRole('combobox', { name: /Paper title, DOI, arXiv id or URL/ });
  return { user: userEvent.setup(), input, onOpen, onSearch };
}

/** Longer than the debounce plus a local answer: a list that was going to appear has. */
const settle = () => new Promise((resolve) => setTimeout(resolve, SUGGEST_DELAY_MS + 250));

describe('SearchBox suggestions', () => {
  it('suggests titles, as text, with authors and year', async () => {
    const { user, input } = renderSearchBox();
    await user.type(input, 'attention');
    const list = await screen.findByRole('listbox');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(input).toHaveAttribute('aria-controls', list.id);
    expect(input).toHaveAttribute('aria-autocomplete', 'list');
    const options = screen.getAllByRole('option');
    expect(options).toHaveLength(3);
    expect(options[0]).toHaveTextContent('Attention Is All You Need Vaswani et al., 2017');
    expect(options[1]).toHaveTextContent('Attention <b>Transformers</b>');
    expect(options[1]!.querySelector('b')).toBeNull();
  });

  it('moves the active option with the arrow keys and opens it with Enter', async () => {
    const { user, input, onOpen, onSearch } = renderSearchBox();
    await user.type(input, 'attention');
    await screen.findByRole('listbox');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowUp}');
    const active = screen.getByRole('option', { selected: true });
    expect(active).toHaveTextContent(MARKUP.title);
    expect(input).toHaveAttribute('aria-activedescendant', active.id);
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledExactlyOnceWith(MARKUP.id);
    expect(onSearch).not.toHaveBeenCalled();
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(input).toHaveValue(MARKUP.title);
  });

  it('wraps from the first option up to the last', async () => {
    const { user, input, onOpen } = renderSearchBox();
    await user.type(input, 'attention');
    await screen.findByRole('listbox');
    await user.keyboard('{ArrowDown}{ArrowUp}{Enter}');
    expect(onOpen).toHaveBeenCalledExactlyOnceWith(GRAPHS.id);
  });

  it('opens a suggestion on click', async () => {
    const { user, input, onOpen } = renderSearchBox();
    await user.type(input, 'attention');
    await user.click(await screen.findByRole('option', { name: /Graph Attention Networks/ }));
    expect(onOpen).toHaveBeenCalledExactlyOnceWith(GRAPHS.id);
  });

  it('shows the answer for what is typed now when an older prefix answers slowly', async () => {
    const STALE = { id: 'd'.repeat(40), title: 'Attacks on Graphs', authorsYear: null };
    server.use(
      http.get(AUTOCOMPLETE, async ({ request }) => {
        if (new URL(request.url).searchParams.get('query') !== 'att') return;
        await delay(600);
        return HttpResponse.json({ matches: [STALE] });
      }),
    );
    const { user, input } = renderSearchBox();
    await user.type(input, 'att');
    await settle();
    await user.type(input, 'ention');
    expect(await screen.findByRole('option', { name: /Graph Attention Networks/ })).toBeVisible();
    await delay(600);
    expect(screen.queryByRole('option', { name: /Attacks on Graphs/ })).toBeNull();
  });

  it('closes on Escape, clears on a second Escape, and closes on blur', async () => {
    const { user, input } = renderSearchBox();
    await user.type(input, 'attention');
    await screen.findByRole('listbox');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue('attention');
    await user.keyboard('{Escape}');
    expect(input).toHaveValue('');

    await user.type(input, 'graph');
    await screen.findByRole('listbox');
    await user.tab();
    expect(screen.queryByRole('listbox')).toBeNull();
  });
});

describe('SearchBox submitting', () => {
  it('offers no suggestions for a DOI and opens it on Enter', async () => {
    const { user, input, onOpen, onSearch } = renderSearchBox();
    await user.type(input, 'https://doi.org/10.48550/arXiv.1706.03762');
    await settle();
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledExactlyOnceWith('10.48550/arXiv.1706.03762');
    expect(onSearch).not.toHaveBeenCalled();
  });

  it('searches by title on Enter when no suggestion is active', async () => {
    const { user, input, onOpen, onSearch } = renderSearchBox();
    await user.type(input, 'attention  is all');
    await screen.findByRole('listbox');
    await user.keyboard('{Enter}');
    expect(onSearch).toHaveBeenCalledExactlyOnceWith('attention is all');
    expect(onOpen).not.toHaveBeenCalled();
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('explains an invalid id and calls nothing', async () => {
    const { user, input, onOpen, onSearch } = renderSearchBox();
    await user.type(input, 'arXiv:not-an-id{Enter}');
    const alert = screen.getByRole('alert');
    expect(alert).not.toBeEmptyDOMElement();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(alert.textContent);
    expect(onOpen).not.toHaveBeenCalled();
    expect(onSearch).not.toHaveBeenCalled();
  });

  it('still searches when suggestions fail', async () => {
    server.use(http.get(AUTOCOMPLETE, () => new HttpResponse(null, { status: 500 })));
    const { user, input, onSearch } = renderSearchBox();
    await user.type(input, 'attention');
    await waitFor(() => {
      expect(liveRegion()).toHaveTextContent(/suggestions are unavailable/i);
    });
    expect(screen.queryByRole('listbox')).toBeNull();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onSearch).toHaveBeenCalledExactlyOnceWith('attention');
  });
});
