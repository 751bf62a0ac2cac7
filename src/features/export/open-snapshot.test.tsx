import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { MAX_SNAPSHOT_BYTES, serializeSnapshot } from '../../graph/snapshot';
import { renderMenu, SNAPSHOT } from './export-menu.test-kit';

describe('Open snapshot', () => {
  const fileInput = () => screen.getByLabelText<HTMLInputElement>('View snapshot file');

  it('opens a snapshot file and hands over the parsed view', async () => {
    const { user, props } = renderMenu();
    expect(fileInput()).toHaveAttribute('accept', '.json,application/json');
    const file = new File([serializeSnapshot(SNAPSHOT)], 'view.json', { type: 'application/json' });
    await user.upload(fileInput(), file);
    await waitFor(() => {
      expect(props.onOpenSnapshot).toHaveBeenCalledOnce();
    });
    expect(props.onOpenSnapshot).toHaveBeenCalledWith(SNAPSHOT);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows why a file is not a snapshot', async () => {
    const { user, props } = renderMenu();
    const file = new File(['{"version": 7}'], 'other.json', { type: 'application/json' });
    await user.upload(fileInput(), file);
    expect(await screen.findByRole('alert')).toHaveTextContent(/format version 7/);
    expect(props.onOpenSnapshot).not.toHaveBeenCalled();

    const broken = new File(['{"version": 1, "centre": '], 'broken.json', {
      type: 'application/json',
    });
    await user.upload(fileInput(), broken);
    await waitFor(() => {
      expect(screen.getByRole('alert')).toHaveTextContent(/not valid JSON/);
    });
    expect(props.onOpenSnapshot).not.toHaveBeenCalled();
  });

  it('refuses a file past the size bound without reading it', async () => {
    const { user, props } = renderMenu();
    const file = new File([serializeSnapshot(SNAPSHOT)], 'huge.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: 47_300_000 });
    expect(file.size).toBeGreaterThan(MAX_SNAPSHOT_BYTES);
    const read = vi.spyOn(file, 'text');
    await user.upload(fileInput(), file);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This file is 47.3 MB; Citescope opens view snapshots of up to 33.6 MB.',
    );
    expect(read).not.toHaveBeenCalled();
    expect(props.onOpenSnapshot).not.toHaveBeenCalled();
  });

  it('the button opens the file picker', async () => {
    const { user } = renderMenu();
    const click = vi.spyOn(fileInput(), 'click');
    await user.click(screen.getByRole('button', { name: 'Open snapshot…' }));
    expect(click).toHaveBeenCalledOnce();
  });
});
