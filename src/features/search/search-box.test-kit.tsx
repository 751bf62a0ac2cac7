// What the search box tests share: an API that suggests three titles for any prefix (so a
// suggestion the box should never have asked for shows up as a list), and a clock that moves
// only when a test or userEvent moves it, so no test waits in real time for the debounce.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterEach, beforeEach, vi } from 'vitest';
import { createS2Client } from '../../api/client';
import { S2ClientProvider } from '../../queries/s2-client-context';
import { withServer } from '../../../tests/support/msw-server';
import { SearchBox } from './search-box';
import { SUGGEST_DELAY_MS } from './use-suggestions';

const BASE_URL = 'https://api.semanticscholar.org/graph/v1';
export const AUTOCOMPLETE = `${BASE_URL}/paper/autocomplete`;

export const ATTENTION = {
  id: 'a'.repeat(40),
  title: 'Attention Is All You Need',
  authorsYear: 'Vaswani et al., 2017',
};
export const MARKUP = {
  id: 'b'.repeat(40),
  title: 'Attention <b>Transformers</b>',
  authorsYear: null,
};
export const GRAPHS = {
  id: 'c'.repeat(40),
  title: 'Graph Attention Networks',
  authorsYear: 'Veličković et al., 2018',
};

/**
 * The server, and the prefixes the box has asked suggestions for, in order: asking the API less
 * is what the debounce and the id check are for, so the tests watch the requests themselves.
 */
export function searchBoxServer() {
  const server = setupServer(
    http.get(AUTOCOMPLETE, () => HttpResponse.json({ matches: [ATTENTION, MARKUP, GRAPHS] })),
  );
  withServer(server);
  const asked: (string | null)[] = [];
  // Fake time that still creeps forward on its own, so Testing Library's waitFor and MSW keep
  // working while the tests jump over the debounce exactly.
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    asked.length = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.url.startsWith(AUTOCOMPLETE)) asked.push(queryOf(request));
    });
  });
  afterEach(() => {
    server.events.removeAllListeners();
    vi.useRealTimers();
  });
  return { server, asked };
}

/** The prefix a suggestion request asks about. */
export const queryOf = (request: Request): string | null =>
  new URL(request.url).searchParams.get('query');

export function renderSearchBox() {
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
  const input = screen.getByRole<HTMLInputElement>('combobox', {
    name: 'Paper title, DOI, arXiv id or URL',
  });
  const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
  return { user, input, onOpen, onSearch, queryClient };
}

/** Moves the clock by `ms` and lets React and the query cache act on what came due. */
export async function tick(ms: number): Promise<void> {
  await act(() => vi.advanceTimersByTimeAsync(ms));
}

/** Past the debounce: a suggestion request that was going to start has started. */
export const pastDebounce = () => tick(SUGGEST_DELAY_MS);

/** The polite live region (not role="status": the app keeps that role for its counts line). */
export function liveRegion(): HTMLElement {
  return screen.getByTestId('search-announcer');
}
