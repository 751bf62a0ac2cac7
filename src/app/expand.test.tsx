// Expanding in place, through the whole app against the twin: what an expansion adds, what it
// costs, that Collapse takes it away again, and that the URL keeps it.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { SAMPLE_DISCOVERY_ID, SAMPLE_HUB_ID } from '../../mocks/discovery-sample';
import { createRequestCounter } from '../../mocks/handler-context';
import { createTwinServer } from '../../mocks/node';
import { createSampleDataset, SAMPLE_CENTRE_ID } from '../../mocks/sample';
import { S2_BASE_URL } from '../../mocks/s2-handlers';
import { withServer } from '../../tests/support/msw-server';
import { renderApp } from '../../tests/support/render-app';

const dataset = createSampleDataset();
const counter = createRequestCounter();
const server = createTwinServer(dataset, { onRequest: counter.onRequest });
withServer(server);

const idsOf = (id: string, list: 'references' | 'citations') =>
  (dataset[list].get(id) ?? []).flatMap((e) => (e.paperId ? [e.paperId] : []));

/** The papers expanding `id` adds around `centre`: those of its lists (and it) not drawn. */
function newPapers(id: string, centre = SAMPLE_CENTRE_ID): number {
  const drawn = new Set([centre, ...idsOf(centre, 'references'), ...idsOf(centre, 'citations')]);
  const brought = [id, ...idsOf(id, 'references'), ...idsOf(id, 'citations')];
  return new Set(brought.filter((p) => !drawn.has(p))).size;
}

const rowOf = (id: string) => {
  const row = document.querySelector<HTMLElement>(`tr[data-paper-id="${id}"]`);
  if (!row) throw new Error(`no row for ${id}`);
  return row;
};
const status = () => screen.getByText(/references · .*citations/);

describe('expanding a paper in place', () => {
  it(
    'adds its own references and citations, costs a request per list, and collapses again',
    { timeout: 30_000 },
    async () => {
      renderApp(`?paper=${SAMPLE_CENTRE_ID}`);
      await waitFor(() => expect(status()).not.toHaveTextContent('loading'), { timeout: 10_000 });
      const before = status().textContent;
      const first = document.querySelector<HTMLElement>('tr[data-relation="reference"]');
      const id = first?.getAttribute('data-paper-id') ?? '';
      expect(newPapers(id)).toBeGreaterThan(0);

      counter.reset();
      await userEvent.click(within(rowOf(id)).getByRole('button', { pressed: false }));
      await userEvent.click(within(rowOf(id)).getByRole('button', { name: /^Expand/ }));
      await waitFor(
        () =>
          expect(status()).toHaveTextContent(
            new RegExp(` · ${newPapers(id)} second-hop papers? from 1 expanded$`),
          ),
        { timeout: 10_000 },
      );
      expect(status()).toHaveTextContent(before);
      expect(new URLSearchParams(window.location.search).get('expand')).toBe(id);
      // One page of each list: 1 + ⌈R/1000⌉ + ⌈C/1000⌉ at most, the paper itself already known.
      expect(counter.count('references')).toBe(1);
      expect(counter.count('citations')).toBe(1);
      expect(counter.count()).toBe(2);

      // Collapse from the details panel: the graph is as it was, the URL forgets it.
      const details = screen.getByRole('region', { name: 'Paper details' });
      await userEvent.click(within(details).getByRole('button', { name: 'Collapse' }));
      await waitFor(() => expect(status().textContent).toBe(before));
      expect(new URLSearchParams(window.location.search).get('expand')).toBeNull();

      // Expanding it again costs nothing: its lists are in the cache.
      counter.reset();
      await userEvent.click(within(rowOf(id)).getByRole('button', { name: /^Expand/ }));
      await waitFor(() => expect(status()).toHaveTextContent(/from 1 expanded$/));
      expect(counter.count()).toBe(0);
    },
  );

  it(
    'brings a prior work into the graph with its lists, its details already fetched by Discover',
    { timeout: 30_000 },
    async () => {
      renderApp(`?paper=${SAMPLE_DISCOVERY_ID}`);
      await waitFor(() => expect(status()).not.toHaveTextContent('loading'), { timeout: 10_000 });
      await userEvent.click(screen.getByRole('tab', { name: 'Discover' }));
      const panel = screen.getByRole('region', { name: 'Discover' });
      await userEvent.click(within(panel).getByRole('button', { name: 'Find them' }));
      const hub = await waitFor(
        () => {
          const row = panel.querySelector<HTMLElement>(
            `[data-list="prior-works"] [data-paper-id="${SAMPLE_HUB_ID}"]`,
          );
          expect(row).toHaveTextContent('The Synthetic Survey');
          return row!;
        },
        { timeout: 10_000 },
      );
      counter.reset();
      await userEvent.click(within(hub).getByRole('button', { name: 'Expand' }));
      // The hub itself; every paper citing it is drawn already.
      const added = newPapers(SAMPLE_HUB_ID, SAMPLE_DISCOVERY_ID);
      expect(added).toBe(1);
      await waitFor(
        () =>
          expect(status()).toHaveTextContent(
            new RegExp(` · ${added} second-hop papers? from 1 expanded$`),
          ),
        { timeout: 10_000 },
      );
      // Its two lists; its details came with the prior works.
      const endpoints = ['references', 'citations', 'paper', 'batch'] as const;
      expect(endpoints.map((e) => counter.count(e))).toEqual([1, 1, 0, 0]);
      // Now drawn, it can be selected and collapsed from its row.
      expect(within(hub).getByRole('button', { name: 'Select' })).toBeInTheDocument();
      await userEvent.click(within(hub).getByRole('button', { name: 'Collapse' }));
      await waitFor(() => expect(status()).not.toHaveTextContent('second-hop'));
    },
  );

  it(
    'names an expansion whose list failed, keeps the graph, and tries again on request',
    { timeout: 30_000 },
    async () => {
      renderApp(`?paper=${SAMPLE_CENTRE_ID}`);
      await waitFor(() => expect(status()).not.toHaveTextContent('loading'), { timeout: 10_000 });
      const before = status().textContent;
      const first = document.querySelector<HTMLElement>('tr[data-relation="reference"]');
      const id = first?.getAttribute('data-paper-id') ?? '';
      let failing = true;
      server.use(
        http.get(`${S2_BASE_URL}/paper/${id}/citations`, () =>
          failing ? HttpResponse.json({ message: 'Internal error' }, { status: 500 }) : undefined,
        ),
      );
      await userEvent.click(within(rowOf(id)).getByRole('button', { pressed: false }));
      await userEvent.click(within(rowOf(id)).getByRole('button', { name: /^Expand/ }));
      const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
      expect(alert).toHaveTextContent(/Could not load the citations of “.+” to expand it/);
      // What did arrive (its references) is drawn; the centre's own counts are untouched.
      expect(status()).toHaveTextContent(before);
      failing = false;
      await userEvent.click(within(alert).getByRole('button', { name: /try again/i }));
      await waitFor(
        () =>
          expect(status()).toHaveTextContent(
            new RegExp(` · ${newPapers(id)} second-hop papers? from 1 expanded$`),
          ),
        { timeout: 10_000 },
      );
      expect(screen.queryByRole('alert')).toBeNull();
    },
  );
});
