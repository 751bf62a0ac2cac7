// "Check for new citations" through the whole app against the twin: a collection whose last check
// knew all but two of a seed's citing papers lists those two as new since that day, marks them in
// the list of the open graph, keeps the new lists as the next baseline, and logs the check.
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { createCollection, withBaseline } from '../domain/collection';
import { toPaperId, type PaperId } from '../domain/paper';
import { IMPORT_SAMPLE_PAPERS } from '../../mocks/import-sample';
import { createTwinServer } from '../../mocks/node';
import { createSampleDataset } from '../../mocks/sample';
import { withDialogMethods } from '../features/collections/collections.test-kit';
import { listCollections, saveCollection } from '../features/collections/collection-storage';
import { withServer } from '../../tests/support/msw-server';
import { renderApp } from '../../tests/support/render-app';

const dataset = createSampleDataset();
withServer(createTwinServer(dataset));
withDialogMethods();

const seeds = [IMPORT_SAMPLE_PAPERS[1], IMPORT_SAMPLE_PAPERS[7]].map((paper) =>
  toPaperId(paper.paperId),
);
const citers = (id: string): PaperId[] =>
  (dataset.citations.get(id) ?? []).flatMap((entry) =>
    entry.paperId ? [toPaperId(entry.paperId)] : [],
  );

describe('what is new', () => {
  it(
    'lists and marks the papers citing a seed since the last check',
    { timeout: 60_000 },
    async () => {
      const [first, second] = seeds as [PaperId, PaperId];
      const known = citers(first);
      const fresh = known.slice(0, 2);
      const checked = new Date('2026-11-02T09:00:00Z');
      const collection = withBaseline(
        createCollection({ id: 'review', name: 'Attention review', seeds, now: checked }),
        new Map([
          [first, known.slice(2)],
          [second, citers(second)],
        ]),
        checked,
      );
      const store = createStore('citescope-collections', 'collections');
      await saveCollection(store, collection);

      renderApp(`?seeds=${seeds.join(',')}`);
      await waitFor(() => expect(screen.getByText(/^2 seeds · /)).toHaveTextContent(/citations$/), {
        timeout: 15_000,
      });
      await userEvent.click(screen.getByRole('button', { name: 'Collections' }));
      const dialog = within(
        screen.getByRole('dialog', { name: /collections and exploration log/ }),
      );
      await userEvent.click(await dialog.findByRole('button', { name: /Check for new citations/ }));
      expect(await dialog.findByText(/^2 new citing papers since 2026-11-0[12]/)).toBeVisible();
      const listed = document.querySelectorAll('[data-list="new-citations"] [data-paper-id]');
      expect([...listed].map((row) => row.getAttribute('data-paper-id')).sort()).toEqual(
        [...fresh].sort(),
      );
      expect(dialog.getByText(/Checked “Attention review” for new citations: 2 new/)).toBeVisible();

      // The next check compares with today's lists.
      const [saved] = (await listCollections(store)).collections;
      expect(saved?.baseline?.citers[first]).toEqual(expect.arrayContaining(fresh));

      // In the open graph's list, the new papers are marked.
      await userEvent.click(dialog.getByRole('button', { name: 'Close' }));
      const title = dataset.papers.get(fresh[0] ?? '')?.title ?? '';
      await userEvent.click(screen.getByRole('searchbox', { name: /Title, author or venue/ }));
      await userEvent.paste(title);
      await waitFor(() => {
        const row = document.querySelector<HTMLElement>(`tr[data-paper-id="${fresh[0]}"]`);
        expect(row).toHaveAttribute('data-new');
        expect(row).toHaveTextContent('New');
      });
      const marked = [...document.querySelectorAll<HTMLElement>('tr[data-new]')];
      for (const row of marked) expect(fresh).toContain(row.dataset.paperId);
    },
  );
});
