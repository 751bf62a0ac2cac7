import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  GRAPHS,
  MARKUP,
  pastDebounce,
  renderSearchBox,
  searchBoxServer,
} from './search-box.test-kit';

const { asked } = searchBoxServer();

describe('SearchBox by keyboard and pointer', () => {
  it('moves the active option with the arrow keys and opens it with Enter', async () => {
    const { user, input, onOpen, onSearch } = renderSearchBox();
    await user.type(input, 'attention');
    await screen.findByRole('listbox');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowUp}');
    const active = screen.getByRole('option', { selected: true });
    expect(active).toHaveTextContent(MARKUP.title);
    expect(input).toHaveAttribute('aria-activedescendant', active.id);
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledExactlyOnceWith(MARKUP.id);
    expect(onSearch).not.toHaveBeenCalled();
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(input).toHaveValue(MARKUP.title);
  });

  it('wraps from the first option up to the last', async () => {
    const { user, input, onOpen } = renderSearchBox();
    await user.type(input, 'attention');
    await screen.findByRole('listbox');
    await user.keyboard('{ArrowDown}{ArrowUp}{Enter}');
    expect(onOpen).toHaveBeenCalledExactlyOnceWith(GRAPHS.id);
  });

  it('closes on Escape, clears on a second Escape, and closes on blur', async () => {
    const { user, input } = renderSearchBox();
    await user.type(input, 'attention');
    await screen.findByRole('listbox');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue('attention');
    await user.keyboard('{Escape}');
    expect(input).toHaveValue('');

    await user.type(input, 'graph');
    await screen.findByRole('listbox');
    await user.tab();
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('cancels suggestions still on their way on Escape, and keeps the text', async () => {
    const { user, input } = renderSearchBox();
    // Pasted, so no prefix can outlast the debounce on a slow machine while it is typed.
    await user.click(input);
    await user.paste('attention');
    await user.keyboard('{Escape}');
    expect(input).toHaveValue('attention');
    await pastDebounce();
    expect(asked).toEqual([]);
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  it('reopens the list with the arrow keys after Escape, with nothing chosen yet', async () => {
    const { user, input } = renderSearchBox();
    await user.type(input, 'attention');
    await screen.findByRole('listbox');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    await user.keyboard('{ArrowDown}');
    expect(await screen.findAllByRole('option')).toHaveLength(3);
    expect(screen.queryByRole('option', { selected: true })).toBeNull();
  });

  it('leaves without opening anything when focus moves on from a highlighted suggestion', async () => {
    const { user, input, onOpen, onSearch } = renderSearchBox();
    await user.type(input, 'attention');
    await screen.findByRole('listbox');
    await user.keyboard('{ArrowDown}');
    await user.tab();
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(input).toHaveValue('attention');
    expect(onOpen).not.toHaveBeenCalled();
    expect(onSearch).not.toHaveBeenCalled();
  });

  it('keeps the list open on a click in the text, and brings it back after Escape', async () => {
    const { user, input } = renderSearchBox();
    await user.type(input, 'attention');
    await screen.findByRole('listbox');
    await user.click(input);
    expect(screen.getByRole('listbox')).toBeVisible();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    await user.click(input);
    expect(await screen.findAllByRole('option')).toHaveLength(3);
  });

  it('edits in the middle of the text without losing the caret', async () => {
    const { user, input } = renderSearchBox();
    await user.type(input, 'aention');
    input.setSelectionRange(1, 1);
    await user.keyboard('tt');
    expect(input).toHaveValue('attention');
  });
});
