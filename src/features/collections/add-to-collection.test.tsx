import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PaperId } from '../../domain/paper';
import { AddToCollection, type AddToCollectionProps } from './add-to-collection';
import { pid, sampleCollections, withDialogMethods } from './collections.test-kit';

withDialogMethods();

function renderButton(overrides: Partial<AddToCollectionProps> = {}) {
  const props = {
    // In "Reading" already (its first seed), not in "Week 2".
    paper: { id: pid(1), title: 'Attention <b>Is</b> All You Need' },
    collections: sampleCollections(),
    onAdd: vi.fn<(collectionId: string, id: PaperId) => void>(),
    onCreate: vi.fn<(name: string, id: PaperId) => void>(),
    ...overrides,
  } satisfies AddToCollectionProps;
  render(<AddToCollection {...props} />);
  const button = screen.getByRole('button', {
    name: 'Add to collection: “Attention <b>Is</b> All You Need”',
  });
  return { props, button, user: userEvent.setup() };
}

describe('AddToCollection', () => {
  it('lists the collections, the ones holding the paper checked and disabled, and adds to one', async () => {
    const { props, button, user } = renderButton();
    expect(button).toHaveTextContent('Add to collection');
    await user.click(button);
    const [reading, week] = screen.getAllByRole('menuitemcheckbox');
    expect(reading).toHaveAccessibleName('Reading (already in)');
    expect(reading).toHaveAttribute('aria-checked', 'true');
    expect(reading).toHaveAttribute('aria-disabled', 'true');
    expect(week).toHaveAttribute('aria-checked', 'false');
    expect(screen.getByRole('menuitem', { name: 'New collection…' })).toBeInTheDocument();

    await user.click(reading!);
    expect(props.onAdd).not.toHaveBeenCalled();
    await user.click(week!);
    expect(props.onAdd).toHaveBeenCalledExactlyOnceWith('c-week', pid(1));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('works from the keyboard, skipping the disabled collection', async () => {
    const { props, button, user } = renderButton();
    button.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('menuitemcheckbox', { name: /Week 2/ })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'New collection…' })).toHaveFocus();
    await user.keyboard('{ArrowUp}{Enter}');
    expect(props.onAdd).toHaveBeenCalledExactlyOnceWith('c-week', pid(1));
    expect(button).toHaveFocus();
  });

  it('makes a new collection with the paper, after checking its name', async () => {
    const { props, button, user } = renderButton({ collections: [] });
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: 'New collection…' }));
    const dialog = screen.getByRole('dialog', { name: 'New collection' });
    expect(dialog).toHaveTextContent('It starts with “Attention <b>Is</b> All You Need”.');
    const field = within(dialog).getByRole('textbox', { name: 'Name' });
    expect(field).toHaveFocus();

    await user.paste('x'.repeat(121));
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('at most 120 characters');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(props.onCreate).not.toHaveBeenCalled();

    await user.clear(field);
    await user.type(field, '  Transformers {Enter}');
    expect(props.onCreate).toHaveBeenCalledExactlyOnceWith('Transformers', pid(1));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('cancels a new collection without making one, with a fresh field next time', async () => {
    const { props, button, user } = renderButton();
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: 'New collection…' }));
    await user.keyboard('Draft');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: 'New collection…' }));
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('');
    expect(props.onCreate).not.toHaveBeenCalled();
  });

  it('shows a small "+" when compact, with the same name, and names an untitled paper', () => {
    render(
      <AddToCollection
        paper={{ id: pid(5), title: null }}
        collections={[]}
        onAdd={vi.fn()}
        onCreate={vi.fn()}
        compact
      />,
    );
    const button = screen.getByRole('button', { name: 'Add to collection: this paper' });
    expect(button).toHaveTextContent(/^\+$/);
  });
});
