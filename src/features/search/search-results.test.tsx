import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createDatasetBuilder } from '../../../mocks/dataset';
import { createPaperFactory } from '../../../mocks/paper-factory';
import { createTwinServer } from '../../../mocks/node';
import { S2_BASE_URL } from '../../../mocks/s2-handlers';
import { withServer } from '../../../tests/support/msw-server';
import { createS2Client } from '../../api/client';
import { S2ClientProvider } from '../../queries/s2-client-context';
import { SearchResults } from './search-results';
import { searchResultsQueryOptions } from './search-results-query';

const SEARCH = `${S2_BASE_URL}/paper/search`;
const factory = createPaperFactory(11, { nullRate: 0 });
const tidal = Array.from({ length: 26 }, (_, i) =>
  factory.make({ title: `Tidal Codec Note ${i}` }),
);
const hostile = factory.make({ title: 'Tidal <img src=x onerror=alert(1)> Codec' });
const glaciers = Array.from({ length: 1010 }, (_, i) =>
  factory.make({ title: `Glacier Mass Balance ${i}` }),
);

function dataset() {
  const builder = createDatasetBuilder();
  for (const paper of [...tidal, hostile, ...glaciers]) builder.addPaper(paper);
  // Fewer citations further down the list, so the twin ranks the notes in their order.
  tidal.forEach((paper, i) => {
    builder.reportCounts(paper.paperId, { citationCount: 100 - i });
  });
  return builder.build();
}

const server = createTwinServer(dataset());
withServer(server);

function renderResults(query: string, queryClient = freshQueryClient()) {
  const onOpen = vi.fn<(paperId: string) => void>();
  render(
    <QueryClientProvider client={queryClient}>
      <S2ClientProvider client={client()}>
        <SearchResults query={query} onOpen={onOpen} />
      </S2ClientProvider>
    </QueryClientProvider>,
  );
  return { onOpen, user: userEvent.setup() };
}

const client = () =>
  createS2Client({
    baseUrl: S2_BASE_URL,
    paceMs: 0,
    scheduler: { minIntervalMs: 0, maxRetries: 0 },
  });
const freshQueryClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

const rows = () => within(screen.getByRole('list')).getAllByRole('listitem');
const rowIds = () => rows().map((row) => row.dataset.paperId);

describe('SearchResults', () => {
  it('names the query, counts the papers, and lists the first page as text', async () => {
    renderResults('tidal codec');
    expect(
      await screen.findByRole('heading', { name: 'Papers matching “tidal codec”' }),
    ).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('Showing 20 of 27 papers found');
    expect(rowIds()).toEqual(tidal.slice(0, 20).map((paper) => paper.paperId));
    expect(rows()[0]).toHaveTextContent(/^Tidal Codec Note 0/);
    expect(screen.getByRole('region', { name: 'Papers matching “tidal codec”' })).toBeVisible();
  });

  it('opens a paper from its row, by click or by keyboard', async () => {
    const { onOpen, user } = renderResults('tidal codec');
    await user.click(await screen.findByRole('button', { name: 'Tidal Codec Note 3' }));
    expect(onOpen).toHaveBeenLastCalledWith(tidal[3]?.paperId);
    screen.getByRole('button', { name: 'Tidal Codec Note 4' }).focus();
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenLastCalledWith(tidal[4]?.paperId);
  });

  it('shows the next page on request, moves focus to its first paper, and ends with the list', async () => {
    const { user } = renderResults('tidal codec');
    await user.click(await screen.findByRole('button', { name: 'Show 7 more' }));
    const first = await screen.findByRole('button', { name: 'Tidal Codec Note 20' });
    expect(first).toHaveFocus();
    expect(rows()).toHaveLength(27);
    expect(screen.getByRole('status')).toHaveTextContent('27 papers found');
    expect(screen.queryByRole('button', { name: /more/ })).toBeNull();
    // The title that looks like markup is the last row, as text.
    const last = rows().at(-1);
    expect(last).toHaveTextContent('Tidal <img src=x onerror=alert(1)> Codec');
    expect(last?.querySelector('img')).toBeNull();
  });

  it('keeps the shown papers when the next page fails, and loads it on retry', async () => {
    let failures = 1;
    server.use(
      http.get(SEARCH, ({ request }) => {
        if (new URL(request.url).searchParams.get('offset') !== '20' || failures-- <= 0) return;
        return new HttpResponse(null, { status: 503 });
      }),
    );
    const { user } = renderResults('tidal codec');
    await user.click(await screen.findByRole('button', { name: 'Show 7 more' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load more papers');
    expect(alert).toHaveAttribute('data-error-code', 'server');
    expect(rows()).toHaveLength(20);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByRole('button', { name: 'Tidal Codec Note 20' });
    expect(rows()).toHaveLength(27);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says clearly that nothing matched the query, and what to try instead', async () => {
    renderResults('quokka sonar');
    await screen.findByRole('heading', { name: 'Papers matching “quokka sonar”' });
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(/^No paper .* matching “quokka sonar”/);
    expect(status).toHaveTextContent(/fewer or other words/);
    expect(status).toHaveTextContent(/DOI/);
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('reports a failed search through the error notice and searches again on retry', async () => {
    server.use(http.get(SEARCH, () => new HttpResponse(null, { status: 503 }), { once: true }));
    const { user } = renderResults('tidal codec');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The search failed');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: /Papers matching/ })).toBeVisible();
    expect(rows()).toHaveLength(20);
  });

  it('lists at most the 1,000 papers the API ranks, never asks past them, and says why', async () => {
    const queryClient = freshQueryClient();
    // Every page through the network, as "Show more" would fetch them, then the view of them all.
    const all = await queryClient.infiniteQuery({
      ...searchResultsQueryOptions(client(), 'glacier mass'),
      pages: 60,
    });
    expect(all.pages.flatMap((page) => page.papers)).toHaveLength(1000);
    renderResults('glacier mass', queryClient);
    // Plain DOM queries here: role queries over a thousand rows take seconds in jsdom.
    expect(document.querySelectorAll('li[data-paper-id]')).toHaveLength(1000);
    expect(screen.getByText('Showing 1,000 of 1,010 papers found')).toHaveAttribute(
      'role',
      'status',
    );
    expect(screen.queryByText(/^Show .*more$/)).toBeNull();
    expect(screen.getByText(/ranks only the first 1,000 matches/)).toBeVisible();
  });
});
