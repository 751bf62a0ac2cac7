// The whole app through the real client and scheduler, against the API twin answering the
// citations with 429 twice: the bar must say why nothing arrives, count down, and get out of
// the way once the retry succeeds.
import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { generateNeighbourhood } from '../../../mocks/neighbourhood';
import { createTwinServer } from '../../../mocks/node';
import { S2_BASE_URL } from '../../../mocks/s2-handlers';
import { renderApp } from '../../../tests/support/render-app';
import { withServer } from '../../../tests/support/msw-server';

const world = generateNeighbourhood({ seed: 5, references: 6, citations: 9, nullRate: 0 });
const server = createTwinServer(world.dataset);

withServer(server);

/** Answers the first `times` citation requests with 429 and Retry-After: 2, then lets them by. */
function limitCitations(times: number): () => number {
  let calls = 0;
  server.use(
    http.get(`${S2_BASE_URL}/paper/:id/citations`, () => {
      calls += 1;
      if (calls > times) return undefined;
      return HttpResponse.json(
        { message: 'Too Many Requests' },
        { status: 429, headers: { 'Retry-After': '2' } },
      );
    }),
  );
  return () => calls;
}

// The app shows the bar itself, wired to its own client's scheduler.
const renderAppWithBar = () =>
  renderApp(`?paper=${world.centreId}`, {
    scheduler: { minIntervalMs: 0, baseDelayMs: 1000, maxRetries: 3 },
  });

const bar = () => screen.getByTestId('request-status');

describe('riding out a rate limit', () => {
  it('says the API is limiting, counts down, and loads everything once it lets us through', async () => {
    const calls = limitCitations(2);
    renderAppWithBar();
    const wait = { timeout: 3_000 };
    await waitFor(() => {
      expect(bar()).toHaveTextContent(/^Semantic Scholar is limiting requests; retrying in 2 s/);
    }, wait);
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeVisible();
    expect(await screen.findByText('retrying in 1 s', {}, wait)).toBeInTheDocument();
    // The second 429 starts a second countdown.
    await waitFor(() => {
      expect(calls()).toBe(2);
      expect(bar()).toHaveTextContent(/limiting requests; retrying in 2 s/);
    }, wait);
    const status = await screen.findByText(/references · .*citations$/, {}, { timeout: 5_000 });
    await waitFor(() => {
      expect(status).toHaveTextContent(/^6 references · 9 citations$/);
    }, wait);
    expect(calls()).toBe(3);
    expect(bar()).toBeEmptyDOMElement();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
  }, 12_000);
});
