import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createRequestCounter } from '../../mocks/handler-context';
import { createTwinServer } from '../../mocks/node';
import { createSampleDataset, SAMPLE_CENTRE_ID } from '../../mocks/sample';
import { withServer } from '../../tests/support/msw-server';
import { renderApp } from '../../tests/support/render-app';

const dataset = createSampleDataset();
const counter = createRequestCounter();
withServer(createTwinServer(dataset, { onRequest: counter.onRequest }));

/** Prior works as the twin's own lists give them: outside ids by how many neighbours cite them. */
function expectedPriorWorks(): [string, number][] {
  const ids = (list: 'references' | 'citations') =>
    (dataset[list].get(SAMPLE_CENTRE_ID) ?? []).flatMap((e) => (e.paperId ? [e.paperId] : []));
  const neighbours = new Set([...ids('references'), ...ids('citations')]);
  const inGraph = new Set([SAMPLE_CENTRE_ID, ...neighbours]);
  const counts = new Map<string, number>();
  for (const neighbour of neighbours) {
    const cited = new Set(
      (dataset.references.get(neighbour) ?? []).flatMap((e) => (e.paperId ? [e.paperId] : [])),
    );
    for (const id of cited) if (!inGraph.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

describe('Discover', () => {
  it(
    'says its cost, then lists prior works in rank order, similar papers and recommendations',
    { timeout: 30_000 },
    async () => {
      renderApp(`?paper=${SAMPLE_CENTRE_ID}`);
      await waitFor(
        () => expect(screen.getByText(/references · .*citations$/)).toBeInTheDocument(),
        { timeout: 10_000 },
      );
      await userEvent.click(screen.getByRole('tab', { name: 'Discover' }));
      const panel = screen.getByRole('region', { name: 'Discover' });
      expect(panel).toHaveTextContent(/2 requests for \d+ papers; recommendations: 1 request/);
      counter.reset();
      await userEvent.click(within(panel).getByRole('button', { name: 'Find them' }));

      const prior = await waitFor(
        () => {
          const list = panel.querySelector('[data-list="prior-works"]');
          expect(list).not.toBeNull();
          return list as HTMLElement;
        },
        { timeout: 10_000 },
      );
      const expected = expectedPriorWorks().slice(0, 20);
      const rows = [...prior.querySelectorAll('[data-paper-id]')];
      expect(rows.map((row) => row.getAttribute('data-paper-id'))).toEqual(
        expected.map(([id]) => id),
      );
      expect(rows[0]).toHaveTextContent(`cited by ${expected[0]?.[1]} papers here`);
      await waitFor(() => expect(panel.querySelector('[data-list="recommended"]')).not.toBeNull());
      expect(panel.querySelector('[data-list="similar"] [data-paper-id]')).not.toBeNull();
      // One batch for the reference lists, one for the prior works' details, one recommendation.
      expect(counter.count('batch')).toBe(2);
      expect(counter.count('recommendations-forpaper')).toBe(1);
      expect(counter.count()).toBe(3);
    },
  );
});
