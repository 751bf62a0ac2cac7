import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { PanelBoundary } from './panel-boundary';

let broken = true;
function Fragile() {
  if (broken) throw new Error('a title too long to draw');
  return <p>Drawn</p>;
}

function Page() {
  const [count, setCount] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setCount(count + 1)}>
        Clicked {count}
      </button>
      <PanelBoundary name="The details">
        <Fragile />
      </PanelBoundary>
    </>
  );
}

describe('a panel that fails', () => {
  it('is replaced by a notice while the rest of the page keeps working, and can be drawn again', async () => {
    const user = userEvent.setup();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const onCaughtError = vi.fn();
    render(<Page />, { onCaughtError });
    expect(screen.getByRole('alert')).toHaveTextContent('The details could not be shown.');
    expect(onCaughtError).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Clicked 0' }));
    expect(screen.getByRole('button', { name: 'Clicked 1' })).toBeVisible();
    broken = false;
    await user.click(screen.getByRole('button', { name: 'Show it again' }));
    expect(screen.getByText('Drawn')).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
