import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createRequestCounter } from '../../mocks/handler-context';
import { createTwinServer } from '../../mocks/node';
import { createSampleDataset, SAMPLE_CENTRE_ID } from '../../mocks/sample';
import { withServer } from '../../tests/support/msw-server';
import { renderApp } from '../../tests/support/render-app';
import { S2_BASE_URL } from '../../mocks/s2-handlers';
import { createS2Client } from '../api/client';
import { buildCitationGraph } from '../graph/citation-graph';
import { S2ClientProvider } from '../queries/s2-client-context';
import { DiscoverSection } from './discover-section';

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

const idsIn = (list: ReadonlyMap<string, readonly { paperId: string | null }[]>, id: string) =>
  (list.get(id) ?? []).flatMap((e) => (e.paperId ? [e.paperId] : []));

/** Derivative works as the twin's own lists give them: citers by how many papers here they cite. */
function expectedDerivativeWorks(): [string, number][] {
  const citers = new Set(idsIn(dataset.citations, SAMPLE_CENTRE_ID));
  const inGraph = new Set([
    SAMPLE_CENTRE_ID,
    ...idsIn(dataset.references, SAMPLE_CENTRE_ID),
    ...citers,
  ]);
  return [...citers]
    .map((citer): [string, number] => {
      const cited = new Set([SAMPLE_CENTRE_ID, ...idsIn(dataset.references, citer)]);
      cited.delete(citer);
      return [citer, [...cited].filter((id) => inGraph.has(id)).length];
    })
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** The element, or a failure naming what is missing. */
function present<T extends Element>(element: T | null | undefined, what: string): T {
  if (!element) throw new Error(`${what} is not on screen`);
  return element;
}
const listIn = (container: ParentNode, name: string) =>
  present(container.querySelector<HTMLElement>(`[data-list="${name}"]`), `the ${name} list`);
const rowIn = (list: HTMLElement, id: string | undefined) =>
  within(present(list.querySelector<HTMLElement>(`[data-paper-id="${id}"]`), `row ${id}`));
const sectionOf = (list: HTMLElement) =>
  within(present(list.closest('section'), 'the list’s section'));

const rowIds = (list: Element) =>
  [...list.querySelectorAll('[data-paper-id]')].map((row) => row.getAttribute('data-paper-id'));

/** Opens the sample centre, then Discover, and starts it; the panel once its lists are in. */
async function discover(): Promise<HTMLElement> {
  renderApp(`?paper=${SAMPLE_CENTRE_ID}`);
  await waitFor(() => expect(screen.getByText(/references · .*citations$/)).toBeInTheDocument(), {
    timeout: 10_000,
  });
  await userEvent.click(screen.getByRole('tab', { name: 'Discover' }));
  const panel = screen.getByRole('region', { name: 'Discover' });
  counter.reset();
  await userEvent.click(within(panel).getByRole('button', { name: 'Find them' }));
  await waitFor(() => listIn(panel, 'prior-works'), { timeout: 10_000 });
  return panel;
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
      expect(panel).toHaveTextContent(
        /derivative works: 2 requests for \d+ papers; recommendations: 1 request/,
      );
      counter.reset();
      await userEvent.click(within(panel).getByRole('button', { name: 'Find them' }));

      const prior = await waitFor(() => listIn(panel, 'prior-works'), { timeout: 10_000 });
      const expected = expectedPriorWorks().slice(0, 20);
      const rows = [...prior.querySelectorAll('[data-paper-id]')];
      expect(rows.map((row) => row.getAttribute('data-paper-id'))).toEqual(
        expected.map(([id]) => id),
      );
      expect(rows[0]).toHaveTextContent(`cited by ${expected[0]?.[1]} papers here`);
      // Derivative works read the same lists: in the twin's rank order, for no request more.
      const derivative = expectedDerivativeWorks().slice(0, 20);
      expect(derivative.length).toBeGreaterThan(0);
      const derived = listIn(panel, 'derivative-works');
      expect(rowIds(derived)).toEqual(derivative.map(([id]) => id));
      expect(derived.querySelector('[data-paper-id]')).toHaveTextContent(
        `cites ${derivative[0]?.[1]} papers here`,
      );
      await waitFor(() => expect(panel.querySelector('[data-list="recommended"]')).not.toBeNull());
      expect(panel.querySelector('[data-list="similar"] [data-paper-id]')).not.toBeNull();
      // One batch for the reference lists, one for the prior works' details, one recommendation.
      expect(counter.count('batch')).toBe(2);
      expect(counter.count('recommendations-forpaper')).toBe(1);
      expect(counter.count()).toBe(3);
    },
  );
});

describe('Discover, more on demand', () => {
  it(
    'shows 20 prior works, then 20 more for one batch of their details, focus on the first new one',
    { timeout: 30_000 },
    async () => {
      const panel = await discover();
      const expected = expectedPriorWorks();
      expect(expected.length).toBeGreaterThan(40);
      const prior = listIn(panel, 'prior-works');
      await waitFor(() => expect(prior).not.toHaveTextContent('Loading…'));
      expect(rowIds(prior)).toEqual(expected.slice(0, 20).map(([id]) => id));
      const section = sectionOf(prior);
      counter.reset();
      await userEvent.click(section.getByRole('button', { name: 'Show 20 more (1 request)' }));

      expect(rowIds(prior)).toEqual(expected.slice(0, 40).map(([id]) => id));
      const firstNew = present(
        prior.querySelectorAll<HTMLElement>('[data-paper-id]')[20],
        'row 21',
      );
      expect(within(firstNew).getAllByRole('button')[0]).toHaveFocus();
      await waitFor(() => expect(prior).not.toHaveTextContent('Loading…'));
      expect(section.getByText('40 of ' + String(expected.length) + ' shown')).toBeInTheDocument();
      expect(counter.count('batch')).toBe(1);
      expect(counter.count()).toBe(1);
    },
  );

  it(
    'shows more similar papers from what is loaded, for no request',
    { timeout: 30_000 },
    async () => {
      const panel = await discover();
      const similar = listIn(panel, 'similar');
      const section = sectionOf(similar);
      expect(rowIds(similar)).toHaveLength(20);
      const first = rowIds(similar);
      await waitFor(() => expect(panel.querySelector('[data-list="recommended"]')).not.toBeNull());
      counter.reset();
      await userEvent.click(section.getByRole('button', { name: /^Show \d+ more$/ }));
      expect(rowIds(similar).length).toBeGreaterThan(20);
      expect(rowIds(similar).slice(0, 20)).toEqual(first);
      expect(counter.count()).toBe(0);
    },
  );
});

describe('Discover, expanding from a row', () => {
  /** The section alone over the sample's neighbourhood, as the app loads it from the twin. */
  async function renderSection(expanded: (id: string) => boolean) {
    const client = createS2Client({
      baseUrl: S2_BASE_URL,
      paceMs: 0,
      scheduler: { minIntervalMs: 0, maxRetries: 0 },
    });
    const centre = await client.getPaper(SAMPLE_CENTRE_ID);
    const references = await client.getAllLinks(SAMPLE_CENTRE_ID, 'references');
    const citations = await client.getAllLinks(SAMPLE_CENTRE_ID, 'citations');
    const graph = buildCitationGraph({
      centre,
      references: references.links,
      citations: citations.links,
    });
    const ids = graph.nodes.flatMap((node) => (node.paper.id ? [node.key] : []));
    const lists = await client.getReferenceIds(ids);
    const referenceIds = Object.fromEntries([...lists].map(([id, list]) => [id, [...list]]));
    const onExpand = vi.fn<(id: string) => void>();
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={queryClient}>
        <S2ClientProvider client={client}>
          <DiscoverSection
            graph={graph}
            referenceIds={referenceIds}
            fetching={false}
            onStart={null}
            onSelect={() => undefined}
            onMakeCentre={() => undefined}
            onExpand={onExpand}
            isExpanded={expanded}
          />
        </S2ClientProvider>
      </QueryClientProvider>,
    );
    return { onExpand, drawn: new Set(ids) };
  }

  it(
    'offers Expand on every paper, Collapse on an expanded one, Select only on drawn ones',
    { timeout: 30_000 },
    async () => {
      const [first, second] = expectedDerivativeWorks().map(([id]) => id);
      const { onExpand, drawn } = await renderSection((id) => id === first);
      const derived = await waitFor(() => listIn(document, 'derivative-works'));
      const row = (id: string | undefined) => rowIn(derived, id);
      expect(row(first).getByRole('button', { name: 'Collapse' })).toBeInTheDocument();
      expect(row(first).queryByRole('button', { name: 'Expand' })).toBeNull();
      await userEvent.click(row(second).getByRole('button', { name: 'Expand' }));
      expect(onExpand).toHaveBeenCalledExactlyOnceWith(second);
      await userEvent.click(row(first).getByRole('button', { name: 'Collapse' }));
      expect(onExpand).toHaveBeenLastCalledWith(first);

      // Prior works are not drawn: Expand brings one into the graph with its lists.
      const prior = listIn(document, 'prior-works');
      expect(within(prior).getAllByRole('button', { name: 'Expand' })).toHaveLength(20);
      expect(within(prior).queryByRole('button', { name: 'Select' })).toBeNull();
      // Similar papers may mix both: only the drawn ones can be selected on the graph.
      const similar = listIn(document, 'similar');
      const similarRows = [...similar.querySelectorAll<HTMLElement>('[data-paper-id]')];
      expect(similarRows).not.toHaveLength(0);
      for (const similarRow of similarRows) {
        expect(within(similarRow).getAllByRole('button', { name: 'Expand' })).toHaveLength(1);
        expect(within(similarRow).queryAllByRole('button', { name: 'Select' })).toHaveLength(
          drawn.has(similarRow.dataset.paperId ?? '') ? 1 : 0,
        );
      }
    },
  );
});
