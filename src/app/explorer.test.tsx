import { onlineManager } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { generateNeighbourhood } from '../../mocks/neighbourhood';
import { createRequestCounter } from '../../mocks/handler-context';
import { createTwinServer } from '../../mocks/node';
import { S2_BASE_URL } from '../../mocks/s2-handlers';
import { renderApp } from '../../tests/support/render-app';
import { withServer } from '../../tests/support/msw-server';

const world = generateNeighbourhood({
  seed: 11,
  references: 12,
  citations: 30,
  unresolvedReferences: 2,
  centreYear: 2015,
  nullRate: 0,
  centre: { title: 'The centre of it all' },
});
const counter = createRequestCounter();
const server = createTwinServer(world.dataset, { onRequest: counter.onRequest });

withServer(server);

/** The status line once nothing is loading any more (its whole text, loading note included). */
const status = () =>
  waitFor(
    () => {
      const line = screen.getByText(/references? · .*citations?/);
      expect(line.textContent).toMatch(/citations?$/);
      return line;
    },
    { timeout: 5000 },
  );

describe('the explorer', () => {
  it(
    'opens the paper in the URL with its references, citations and unresolved entries',
    { timeout: 20_000 },
    async () => {
      renderApp(`?paper=${world.centreId}`);
      expect(
        await screen.findByRole('heading', { name: 'The centre of it all' }),
      ).toBeInTheDocument();
      expect((await status()).textContent).toBe('14 references · 30 citations');
      const relations = () =>
        new Set(
          [...document.querySelectorAll('tr[data-relation]')].map((r) =>
            r.getAttribute('data-relation'),
          ),
        );
      await waitFor(() => expect(relations()).toEqual(new Set(['reference', 'citation'])));
      // Unresolved references sort last (no counts); the text filter brings one into view.
      const lost = world.dataset.references.get(world.centreId)?.find((e) => e.paperId === null);
      await userEvent.type(
        screen.getByLabelText('Title, author or venue'),
        lost?.unresolved?.title ?? '?',
      );
      await waitFor(() => expect(relations()).toContain('unresolved'));
      expect(document.querySelector('tr[data-relation="unresolved"]')).toHaveTextContent(
        'Not in Semantic Scholar',
      );
    },
  );

  it('narrows the counts with the year fields and writes the range into the URL', async () => {
    const user = userEvent.setup();
    renderApp(`?paper=${world.centreId}`);
    await status();
    await user.type(screen.getByLabelText('From year'), '2016');
    await waitFor(() =>
      expect(new URL(window.location.href).searchParams.get('from')).toBe('2016'),
    );
    const text = (await status()).textContent;
    const [, refs, cites] = /^(\d+) of 14 references · (\d+) of 30 citations$/.exec(text) ?? [];
    // References are mostly older than the 2015 centre; citations are 2015 or later.
    expect(Number(refs)).toBeLessThan(7);
    expect(Number(cites)).toBeGreaterThan(0);
    expect(Number(cites)).toBeLessThan(30);
  });

  it(
    'selects a row, shows its details, and makes it the centre with a history entry',
    { timeout: 20_000 },
    async () => {
      const user = userEvent.setup();
      renderApp(`?paper=${world.centreId}`);
      await status();
      const row = await waitFor(() => {
        const found = document.querySelector<HTMLTableRowElement>('tr[data-relation="citation"]');
        expect(found).not.toBeNull();
        return found!;
      });
      const id = row.dataset.paperId!;
      await user.click(within(row).getByRole('button'));
      const details = screen.getByRole('region', { name: 'Paper details' });
      await user.click(within(details).getByRole('button', { name: 'Make centre' }));
      await waitFor(() => expect(new URL(window.location.href).searchParams.get('paper')).toBe(id));
      expect(window.history.state).toEqual({ step: 1 });
      await waitFor(() =>
        expect(document.querySelector(`tr[data-paper-id="${world.centreId}"]`)).not.toBeNull(),
      );
      // Back to the first paper: it opens from the cache, with no request at all, and with the
      // paper that was selected there still selected.
      await status();
      const before = counter.count();
      window.history.back();
      expect(
        await screen.findByText('The centre of it all', { selector: '[aria-current="step"]' }),
      ).toBeVisible();
      expect((await status()).textContent).toBe('14 references · 30 citations');
      expect(document.querySelector('tr[aria-selected="true"]')).toHaveAttribute(
        'data-paper-id',
        id,
      );
      expect(counter.count()).toBe(before);
    },
  );

  it('says clearly when the paper does not exist', async () => {
    renderApp('?paper=10.5555/nothing-here');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-error-code', 'not-found');
    expect(alert).toHaveTextContent('Could not open this paper');
  });

  it('offers the offline sample when the API is out of reach', async () => {
    server.use(
      http.get(`${S2_BASE_URL}/paper/*`, () => HttpResponse.error()),
      // The probe of the API's address gets no answer either: out of reach, not rate-limited.
      http.get(S2_BASE_URL, () => HttpResponse.error()),
    );
    renderApp(`?paper=${world.centreId}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-error-code', 'unreachable');
    expect(within(alert).getByRole('button', { name: 'Open the offline sample' })).toBeVisible();
  });

  it('says what is wrong with a malformed link', async () => {
    renderApp('?paper=arXiv:12');
    expect(await screen.findByRole('alert')).toHaveAttribute(
      'data-error-code',
      'invalid-identifier',
    );
  });
});

describe('offline', () => {
  it('says a paper that is not cached will load when the browser is back online', async () => {
    onlineManager.setOnline(false);
    try {
      renderApp(`?paper=${world.centreId}`);
      expect(
        await screen.findByText(/You are offline and this paper is not in the cache/),
      ).toBeVisible();
      onlineManager.setOnline(true);
      expect((await status()).textContent).toBe('14 references · 30 citations');
    } finally {
      onlineManager.setOnline(true);
    }
  });
});
