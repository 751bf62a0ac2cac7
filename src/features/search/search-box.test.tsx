import { fireEvent, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { deferred } from '../../api/test-doubles';
import {
  ATTENTION,
  AUTOCOMPLETE,
  GRAPHS,
  MARKUP,
  pastDebounce,
  queryOf,
  renderSearchBox,
  searchBoxServer,
  tick,
} from './search-box.test-kit';
import { SUGGEST_DELAY_MS } from './use-suggestions';

const { server, asked } = searchBoxServer();

const optionTitles = () => screen.getAllByRole('option').map((option) => option.textContent);

describe('SearchBox suggestions', () => {
  it('suggests titles, as text, with authors and year', async () => {
    const { user, input } = renderSearchBox();
    await user.type(input, 'attention');
    const list = await screen.findByRole('listbox');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(input).toHaveAttribute('aria-controls', list.id);
    expect(input).toHaveAttribute('aria-autocomplete', 'list');
    const options = screen.getAllByRole('option');
    expect(options).toHaveLength(3);
    expect(options[0]).toHaveTextContent('Attention Is All You Need Vaswani et al., 2017');
    expect(options[1]).toHaveTextContent('Attention <b>Transformers</b>');
    expect(options[1]!.querySelector('b')).toBeNull();
  });

  it('asks for suggestions once typing pauses, not on every key', async () => {
    // A clock that moves only when told, so the debounce is measured to the millisecond. Keys
    // go in as change events: userEvent's own pauses need a clock that moves by itself.
    vi.useFakeTimers();
    const { input } = renderSearchBox();
    for (const typed of ['att', 'atte', 'attent', 'attention']) {
      fireEvent.change(input, { target: { value: typed } });
      await tick(SUGGEST_DELAY_MS - 1);
    }
    expect(asked).toEqual([]);
    await tick(1);
    expect(asked).toEqual(['attention']);
  });

  it('opens a suggestion on click', async () => {
    const { user, input, onOpen } = renderSearchBox();
    await user.type(input, 'attention');
    await user.click(await screen.findByRole('option', { name: /Graph Attention Networks/ }));
    expect(onOpen).toHaveBeenCalledExactlyOnceWith(GRAPHS.id);
    expect(input).toHaveFocus();
  });

  it('shows the answer for what is typed now when an older prefix answers late', async () => {
    const STALE = { id: 'd'.repeat(40), title: 'Attacks on Graphs', authorsYear: null };
    const asked = deferred<undefined>();
    const answer = deferred<undefined>();
    server.use(
      http.get(AUTOCOMPLETE, async ({ request }) => {
        if (queryOf(request) !== 'att') return;
        asked.resolve(undefined);
        await answer.promise;
        return HttpResponse.json({ matches: [STALE] });
      }),
    );
    const { user, input, queryClient } = renderSearchBox();
    await user.type(input, 'att');
    await pastDebounce();
    await asked.promise;
    await user.type(input, 'ention');
    await screen.findByRole('option', { name: /Graph Attention Networks/ });
    answer.resolve(undefined);
    // Once nothing is in flight, the late answer has been dealt with for good.
    await waitFor(() => {
      expect(queryClient.isFetching()).toBe(0);
    });
    expect(optionTitles()).toEqual([
      `${ATTENTION.title} ${ATTENTION.authorsYear}`,
      MARKUP.title,
      `${GRAPHS.title} ${GRAPHS.authorsYear}`,
    ]);
  });

  it('keeps the highlight on the chosen paper when a fresher list arrives', async () => {
    const answer = deferred<undefined>();
    const asked = deferred<undefined>();
    server.use(
      http.get(AUTOCOMPLETE, async ({ request }) => {
        if (queryOf(request) !== 'attention is') return;
        asked.resolve(undefined);
        await answer.promise;
        return HttpResponse.json({ matches: [GRAPHS, ATTENTION] });
      }),
    );
    const { user, input, onOpen } = renderSearchBox();
    await user.type(input, 'attention');
    await screen.findByRole('listbox');
    await user.type(input, ' is');
    await pastDebounce();
    await asked.promise;
    // The last list stays on screen while the next loads; the user picks from it.
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('option', { selected: true })).toHaveTextContent(ATTENTION.title);
    answer.resolve(undefined);
    await waitFor(() => {
      expect(screen.getAllByRole('option')).toHaveLength(2);
    });
    expect(screen.getByRole('option', { selected: true })).toHaveTextContent(ATTENTION.title);
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledExactlyOnceWith(ATTENTION.id);
  });

  it('opens the same suggestion again when it is picked a second time', async () => {
    const { user, input, onOpen } = renderSearchBox();
    await user.type(input, 'attention');
    await user.click(await screen.findByRole('option', { name: /Graph Attention Networks/ }));
    await user.clear(input);
    await user.type(input, 'graph');
    await user.click(await screen.findByRole('option', { name: /Graph Attention Networks/ }));
    expect(onOpen).toHaveBeenCalledTimes(2);
    expect(onOpen).toHaveBeenLastCalledWith(GRAPHS.id);
  });
});
