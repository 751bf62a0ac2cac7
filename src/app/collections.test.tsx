// Collections through the whole app against the twin: an import becomes a collection opened as
// seeds, a paper is added to it, a reload keeps it, and its exploration log tells the way.
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createRequestCounter } from '../../mocks/handler-context';
import { IMPORT_SAMPLE_PAPERS } from '../../mocks/import-sample';
import { createTwinServer } from '../../mocks/node';
import { createSampleDataset } from '../../mocks/sample';
import { withDialogMethods } from '../features/collections/collections.test-kit';
import { withServer } from '../../tests/support/msw-server';
import { renderApp } from '../../tests/support/render-app';

const counter = createRequestCounter();
withServer(createTwinServer(createSampleDataset(), { onRequest: counter.onRequest }));
withDialogMethods();

const [deepLearning, , , , , , dqn] = IMPORT_SAMPLE_PAPERS;
const UNKNOWN = '10.5555/citescope.import.0404';
const status = () => screen.getByText(/seeds · .*references · .*citations/);
const seedsInUrl = () => new URLSearchParams(window.location.search).get('seeds')?.split(',');

async function importPasted(lines: string[]) {
  await userEvent.click(screen.getByRole('button', { name: 'Import' }));
  const dialog = screen.getByRole('dialog', { name: 'Import papers' });
  await userEvent.type(
    within(dialog).getByRole('textbox', { name: /Or paste identifiers/ }),
    lines.join('{Enter}'),
  );
  await userEvent.click(within(dialog).getByRole('button', { name: 'Read entries' }));
  const accept = await within(dialog).findByRole('button', { name: /^Open 2 papers as seeds$/ });
  const notFound = dialog.querySelector('[data-outcome="not-found"]');
  expect(notFound).toHaveTextContent(UNKNOWN);
  await userEvent.click(accept);
}

describe('collections', () => {
  it(
    'imports identifiers into a collection opened as seeds, keeps it, and logs the way',
    { timeout: 60_000 },
    async () => {
      const { unmount } = renderApp('?');
      await importPasted([deepLearning.externalIds.DOI, dqn.externalIds.DOI, UNKNOWN]);

      await waitFor(() => expect(seedsInUrl()).toEqual([deepLearning.paperId, dqn.paperId]));
      // Both seeds' lists in (the line no longer ends in "loading …").
      await waitFor(() => expect(status()).toHaveTextContent(/^2 seeds · .*citations$/), {
        timeout: 15_000,
      });
      // The import resolved both seeds: opening them asked for no details again.
      expect(counter.count('batch')).toBe(1);

      // Add a neighbour to the collection from the list's selected row.
      const row = document.querySelector<HTMLElement>('tbody tr[data-relation="reference"]');
      const added = row?.dataset.paperId ?? '';
      await userEvent.click(within(row!).getByRole('button', { pressed: false }));
      await userEvent.click(within(row!).getByRole('button', { name: /^Add to collection: / }));
      await userEvent.click(await screen.findByRole('menuitemcheckbox', { name: /^Imported on/ }));

      // A reload keeps the collection, its three seeds and its log.
      unmount();
      renderApp('?');
      // The welcome screen offers the kept collection at once.
      expect(await screen.findByRole('heading', { name: 'Your collections' })).toBeVisible();
      expect(screen.getByRole('button', { name: /^Imported on/ })).toBeVisible();
      await userEvent.click(screen.getByRole('button', { name: 'Collections' }));
      const dialog = screen.getByRole('dialog', { name: /collections and exploration log/ });
      const card = await within(dialog).findByText(/^Imported on/);
      expect(card.closest('[data-collection-id]')).toHaveTextContent('3 seeds');
      await userEvent.click(within(dialog).getByRole('button', { name: /^Open “Imported on/ }));
      await waitFor(() => expect(seedsInUrl()).toContain(added));

      await userEvent.click(screen.getByRole('button', { name: 'Collections' }));
      const log = within(screen.getByRole('region', { name: /Exploration log/ }));
      expect(
        await log.findByText(/Imported pasted text: 3 entries, 2 found.*1 not found/),
      ).toBeVisible();
      expect(log.getByText(new RegExp(`Added ${added}`))).toBeVisible();
    },
  );
});
