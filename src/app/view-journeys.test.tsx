// Journeys through the view's owners: the URL (searches, snapshots named by the link), the
// session store (an opened snapshot, the trail) and the query cache (live data, never
// overwritten by a snapshot).
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createS2Client } from '../api/client';
import { generateNeighbourhood } from '../../mocks/neighbourhood';
import { createTwinServer } from '../../mocks/node';
import { S2_BASE_URL } from '../../mocks/s2-handlers';
import { serializeSnapshot, toSnapshot } from '../graph/snapshot';
import { NO_FILTERS } from '../graph/filters';
import { renderApp } from '../../tests/support/render-app';
import { withServer } from '../../tests/support/msw-server';

const world = generateNeighbourhood({
  seed: 31,
  references: 6,
  citations: 9,
  centreYear: 2012,
  nullRate: 0,
  centre: { title: 'Sparse coding of natural images' },
});
const server = createTwinServer(world.dataset);
withServer(server);

const param = (name: string) => new URL(window.location.href).searchParams.get(name);
const status = () =>
  waitFor(() => {
    const line = screen.getByRole('status', { name: '' });
    expect(line.textContent).toMatch(/citations?$/);
    return line.textContent;
  });

describe('a title search', () => {
  it(
    'lives in the URL: Back and Forward move between results and papers',
    { timeout: 15_000 },
    async () => {
      const user = userEvent.setup();
      renderApp();
      const box = screen.getByRole('combobox', { name: /Paper title, DOI, arXiv id or URL/ });
      await user.type(box, 'Sparse coding{Enter}');
      expect(await screen.findByRole('heading', { name: /Papers matching/ })).toBeVisible();
      expect(param('search')).toBe('Sparse coding');
      const results = screen.getByRole('region', { name: /Papers matching/ });
      await user.click(within(results).getByRole('button', { name: /Sparse coding of natural/ }));
      await waitFor(() => expect(param('paper')).toBe(world.centreId));
      expect(param('search')).toBeNull();
      // The trail names the paper, as the current step, though the step before it was a search.
      expect(
        await screen.findByText('Sparse coding of natural images', {
          selector: '[aria-current="step"]',
        }),
      ).toBeVisible();
      window.history.back();
      expect(await screen.findByRole('heading', { name: /Papers matching/ })).toBeVisible();
      expect(param('search')).toBe('Sparse coding');
      window.history.forward();
      await waitFor(() => expect(param('paper')).toBe(world.centreId));
      expect(screen.queryByRole('heading', { name: /Papers matching/ })).toBeNull();
    },
  );

  it('opens from a link', async () => {
    renderApp('?search=natural%20images');
    expect(
      await screen.findByRole('heading', { name: 'Papers matching “natural images”' }),
    ).toBeVisible();
  });
});

describe('an opened snapshot', () => {
  async function snapshotFile(title: string): Promise<File> {
    const client = createS2Client({ baseUrl: S2_BASE_URL, paceMs: 0 });
    const centre = await client.getPaper(world.centreId);
    const references = await client.getAllLinks(centre.id, 'references');
    const citations = await client.getAllLinks(centre.id, 'citations');
    const snapshot = toSnapshot({
      centre: { ...centre, title },
      references: references.links,
      citations: citations.links.slice(0, 4),
      filters: NO_FILTERS,
      layout: 'timeline',
      positions: {},
      selectedKey: null,
      createdAt: new Date('2026-03-04T05:06:00Z'),
    });
    return new File([serializeSnapshot(snapshot)], 'view.json', { type: 'application/json' });
  }

  it(
    'is a read-only view of its own, labelled, with a way back to live data',
    { timeout: 15_000 },
    async () => {
      const user = userEvent.setup();
      renderApp(`?paper=${world.centreId}`);
      expect(await status()).toBe('6 references · 9 citations');
      const file = await snapshotFile('An edited title');
      await user.upload(screen.getByLabelText('View snapshot file'), file);

      const banner = await screen.findByRole('note', { name: 'Snapshot' });
      expect(banner).toHaveTextContent('Snapshot from 4 March 2026');
      expect(param('snapshot')).toBe('2026-03-04T05:06:00.000Z');
      expect(param('layout')).toBe('timeline');
      expect(await status()).toBe('6 references · 4 of 9 citations');
      expect(screen.getByRole('heading', { name: 'An edited title' })).toBeVisible();
      // Nothing to load in a snapshot, and no links among papers to fetch.
      expect(screen.queryByRole('button', { name: /Load .* more/ })).toBeNull();
      expect(screen.queryByLabelText('Links among these papers')).toBeNull();

      await user.click(within(banner).getByRole('button', { name: 'Back to live data' }));
      // The live data was never overwritten by the snapshot's.
      expect(
        await screen.findByRole('heading', { name: 'Sparse coding of natural images' }),
      ).toBeVisible();
      expect(await status()).toBe('6 references · 9 citations');
      expect(param('snapshot')).toBeNull();
      // Back shows the snapshot again, from this tab's memory.
      window.history.back();
      expect(await screen.findByRole('heading', { name: 'An edited title' })).toBeVisible();
    },
  );

  it('says so when a link names a snapshot that is not open', async () => {
    const user = userEvent.setup();
    renderApp(`?paper=${world.centreId}&snapshot=2026-03-04T05:06:00.000Z`);
    expect(await screen.findByText(/^Snapshot from 4 March 2026/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Show live data' }));
    expect(
      await screen.findByRole('heading', { name: 'Sparse coding of natural images' }),
    ).toBeVisible();
    await waitFor(() => expect(param('snapshot')).toBeNull());
  });
});
