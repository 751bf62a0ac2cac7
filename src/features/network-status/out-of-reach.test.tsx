// The whole app, with its real client and scheduler (retries on), when nothing answers at the
// API's address: it must say so at once and once (not "possibly rate limiting" while it retries
// six times, then "check your connection" twice), and offer the offline sample.
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { generateNeighbourhood } from '../../../mocks/neighbourhood';
import { createTwinServer } from '../../../mocks/node';
import { S2_BASE_URL } from '../../../mocks/s2-handlers';
import { renderApp } from '../../../tests/support/render-app';
import { withServer } from '../../../tests/support/msw-server';

const world = generateNeighbourhood({ seed: 8, references: 3, citations: 3, nullRate: 0 });
const server = createTwinServer(world.dataset);

withServer(server);

/** Every paper request and the probe of the API's address fail without an answer. */
function nothingAnswers() {
  const counts = { papers: 0, probes: 0 };
  server.use(
    http.get(`${S2_BASE_URL}/paper/*`, () => {
      counts.papers += 1;
      return HttpResponse.error();
    }),
    http.get(S2_BASE_URL, () => {
      counts.probes += 1;
      return HttpResponse.error();
    }),
  );
  return counts;
}

/** The app with its own retry rules: five retries with back-off from one second. */
const renderOutOfReach = (online = true) =>
  renderApp(`?paper=${world.centreId}`, {
    scheduler: { minIntervalMs: 0 },
    connectivity: { isOnline: () => online },
  });

const occurrences = (pattern: RegExp) => document.body.textContent.match(pattern)?.length ?? 0;

describe('when the API is out of reach', () => {
  it('says it once, after one request and one probe, and offers the sample', async () => {
    const counts = nothingAnswers();
    renderOutOfReach();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-error-code', 'unreachable');
    expect(counts).toEqual({ papers: 1, probes: 1 });
    expect(occurrences(/Nothing answers at/g)).toBe(1);
    expect(occurrences(/connection/gi)).toBe(1);
    expect(occurrences(/rate limit/gi)).toBe(0);
    expect(screen.getByTestId('request-status')).toBeEmptyDOMElement();
    expect(within(alert).getByRole('button', { name: 'Open the offline sample' })).toBeVisible();
  });

  it('says the browser is offline without probing', async () => {
    const counts = nothingAnswers();
    renderOutOfReach(false);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-error-code', 'offline');
    expect(counts).toEqual({ papers: 1, probes: 0 });
    expect(occurrences(/You are offline/g)).toBe(1);
    expect(screen.getByTestId('request-status')).toBeEmptyDOMElement();
  });
});
