// Several seeds drawn together, through the whole app against the twin: every seed drawn with the
// union of their lists, the papers between them found by "Linked to at least N seeds" and the
// list's sort, the status line, and what it costs.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createRequestCounter } from '../../mocks/handler-context';
import { IMPORT_SAMPLE_PAPERS, SEED_SAMPLE_PLAN } from '../../mocks/import-sample';
import { createTwinServer } from '../../mocks/node';
import { createSampleDataset } from '../../mocks/sample';
import { withServer } from '../../tests/support/msw-server';
import { renderApp } from '../../tests/support/render-app';

const dataset = createSampleDataset();
const counter = createRequestCounter();
withServer(createTwinServer(dataset, { onRequest: counter.onRequest }));

const plan = SEED_SAMPLE_PLAN;
const seedIds = plan.sharedReference.map((index) => IMPORT_SAMPLE_PAPERS[index].paperId);
const status = () => screen.getByText(/seeds · .*references · .*citations/);
const rows = () => [...document.querySelectorAll<HTMLElement>('tbody tr[data-paper-id]')];

/** Papers of the seeds' lists linked to at least `n` of them, by the twin's own lists. */
function linkedToAtLeast(n: number): number {
  const seeds = new Set<string>(seedIds);
  const linked = new Map<string, Set<string>>();
  for (const seed of seedIds) {
    for (const list of ['references', 'citations'] as const) {
      for (const entry of dataset[list].get(seed) ?? []) {
        if (!entry.paperId || seeds.has(entry.paperId)) continue;
        linked.set(entry.paperId, (linked.get(entry.paperId) ?? new Set()).add(seed));
      }
    }
  }
  return [...linked.values()].filter((set) => set.size >= n).length;
}

describe('several seeds', () => {
  it(
    'draws every seed with the union of their lists, the papers between them first',
    { timeout: 30_000 },
    async () => {
      counter.reset();
      renderApp(`?seeds=${seedIds.join(',')}`);
      await waitFor(() => expect(status()).not.toHaveTextContent('loading'), { timeout: 15_000 });
      expect(status()).toHaveTextContent(/^4 seeds · /);
      // One batch for the seeds, one page of each of their eight lists.
      expect(counter.count('batch')).toBe(1);
      expect(counter.count('references')).toBe(4);
      expect(counter.count('citations')).toBe(4);

      // The list sorts by seeds linked: the paper all four cite leads it.
      const first = rows()[0];
      expect(first && within(first).getAllByRole('cell').at(-1)).toHaveTextContent('4');

      fireEvent.change(screen.getByRole('spinbutton', { name: /Linked to at least N seeds/ }), {
        target: { value: '3' },
      });
      const between = linkedToAtLeast(3);
      expect(between).toBe(1 + plan.sharedReferences);
      // The other seeds stay listed whatever the filters (the first is the centre).
      await waitFor(() => expect(rows()).toHaveLength(between + seedIds.length - 1));
      const seedRows = rows().filter((row) => row.dataset.relation === 'centre');
      expect(seedRows.map((row) => row.dataset.paperId).sort()).toEqual(seedIds.slice(1).sort());
      await waitFor(() =>
        expect(new URLSearchParams(window.location.search).get('minSeeds')).toBe('3'),
      );
      expect(status()).toHaveTextContent(`4 seeds · ${between} of`);
    },
  );

  it('names a seed Semantic Scholar does not know and draws the others', async () => {
    const unknown = 'f'.repeat(40);
    renderApp(`?seeds=${seedIds[0]},${unknown},${seedIds[1]}`);
    expect(await screen.findByText(/1 seed is not in Semantic Scholar/)).toHaveTextContent(unknown);
    await waitFor(() => expect(status()).toHaveTextContent(/^2 seeds · /), { timeout: 15_000 });
  });
});
