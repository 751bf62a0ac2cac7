import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  AUTOCOMPLETE,
  liveRegion,
  pastDebounce,
  renderSearchBox,
  searchBoxServer,
} from './search-box.test-kit';

const { server, asked } = searchBoxServer();

describe('SearchBox submitting', () => {
  it('offers no suggestions for a DOI and opens it on Enter', async () => {
    const { user, input, onOpen, onSearch } = renderSearchBox();
    // Pasted, as links are: typed key by key, a prefix such as "https" is a title.
    await user.click(input);
    await user.paste('https://doi.org/10.48550/arXiv.1706.03762');
    await pastDebounce();
    // Past the debounce a request would have gone out: none did, so no list is on its way.
    expect(asked).toEqual([]);
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledExactlyOnceWith('10.48550/arXiv.1706.03762');
    expect(onSearch).not.toHaveBeenCalled();
  });

  it('searches by title on Enter when no suggestion is active', async () => {
    const { user, input, onOpen, onSearch } = renderSearchBox();
    await user.type(input, 'attention  is all');
    await screen.findByRole('listbox');
    await user.keyboard('{Enter}');
    expect(onSearch).toHaveBeenCalledExactlyOnceWith('attention is all');
    expect(onOpen).not.toHaveBeenCalled();
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('searches by title on Enter before any suggestion has come', async () => {
    const { user, input, onSearch } = renderSearchBox();
    await user.type(input, 'graph attention{Enter}');
    expect(onSearch).toHaveBeenCalledExactlyOnceWith('graph attention');
  });

  it('explains an invalid id, calls nothing, and forgets the problem once the text changes', async () => {
    const { user, input, onOpen, onSearch } = renderSearchBox();
    await user.type(input, 'arXiv:not-an-id{Enter}');
    const alert = screen.getByRole('alert');
    expect(alert).not.toBeEmptyDOMElement();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(alert.textContent);
    expect(onOpen).not.toHaveBeenCalled();
    expect(onSearch).not.toHaveBeenCalled();
    await user.type(input, 'x');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(input).toHaveAttribute('aria-invalid', 'false');
    expect(input).not.toHaveAccessibleDescription(alert.textContent);
  });

  it('still searches when suggestions fail', async () => {
    server.use(http.get(AUTOCOMPLETE, () => new HttpResponse(null, { status: 500 })));
    const { user, input, onSearch } = renderSearchBox();
    await user.type(input, 'attention');
    await waitFor(() => {
      expect(liveRegion()).toHaveTextContent(/suggestions are unavailable/i);
    });
    expect(screen.queryByRole('listbox')).toBeNull();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onSearch).toHaveBeenCalledExactlyOnceWith('attention');
  });
});
