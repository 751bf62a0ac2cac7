import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { SizeBy } from '../../graph/node-size';
import { SizeBySwitch } from './size-by-switch';

function Harness({ available, initial }: { available: boolean; initial: SizeBy }) {
  const [value, setValue] = useState<SizeBy>(initial);
  return (
    <>
      <SizeBySwitch value={value} onChange={setValue} citedHereAvailable={available} />
      <output aria-label="chosen">{value}</output>
    </>
  );
}

describe('SizeBySwitch', () => {
  it('offers "Cited here" once the links are in, and reports the choice', async () => {
    render(<Harness available initial="citations" />);
    const group = screen.getByRole('group', { name: 'Size by' });
    expect(group).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Citations' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'Cited here' }));
    expect(screen.getByRole('radio', { name: 'Cited here' })).toBeChecked();
    expect(screen.getByRole('status', { name: 'chosen' })).toHaveTextContent('cited-here');
    await userEvent.click(screen.getByRole('radio', { name: 'Citations' }));
    expect(screen.getByRole('status', { name: 'chosen' })).toHaveTextContent('citations');
  });

  it('does not offer "Cited here" without the links, and shows citations as the measure', () => {
    render(<Harness available={false} initial="cited-here" />);
    expect(screen.queryByRole('radio', { name: 'Cited here' })).toBeNull();
    expect(screen.getByRole('radio', { name: 'Citations' })).toBeChecked();
  });
});
