import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Trail } from './trail';
import { TrailBar } from './trail-bar';

/** Papers A, B, C … one per history step, titled "Paper A" and so on. */
function trailOf(count: number, current: number): Trail {
  const letters = 'ABCDEFGHIJKL'.slice(0, count).split('');
  return { steps: letters.map((paper) => ({ paper, title: `Paper ${paper}` })), current };
}

const bar = () => screen.getByRole('navigation', { name: 'Path taken' });

describe('the trail bar', () => {
  it('after five hops shows the first paper, "… 3 more" and the current paper', () => {
    render(<TrailBar trail={trailOf(6, 5)} />);
    const crumbs = within(bar()).getAllByRole('listitem');
    expect(crumbs.map((li) => li.textContent)).toEqual([
      'Paper A',
      '… 3 more papers on the path',
      'Paper E',
      'Paper F',
    ]);
    expect(within(bar()).getByText('Paper F')).toHaveAttribute('aria-current', 'step');
    expect(within(bar()).queryByRole('button', { name: 'Paper B' })).toBeNull();
  });

  it('unfolds the middle on request and puts the keyboard on the first paper it showed', async () => {
    const user = userEvent.setup();
    render(<TrailBar trail={trailOf(6, 5)} />);
    await user.click(within(bar()).getByRole('button', { name: /3 more/ }));
    for (const title of ['Paper A', 'Paper B', 'Paper C', 'Paper D', 'Paper E']) {
      expect(within(bar()).getByRole('button', { name: title })).toBeInTheDocument();
    }
    expect(within(bar()).getByRole('button', { name: 'Paper B' })).toHaveFocus();
  });

  it('folds again after moving on', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<TrailBar trail={trailOf(6, 5)} />);
    await user.click(within(bar()).getByRole('button', { name: /3 more/ }));
    rerender(<TrailBar trail={trailOf(7, 6)} />);
    expect(within(bar()).getByRole('button', { name: /4 more/ })).toBeInTheDocument();
  });

  it('names a paper by its title, never by its id', () => {
    render(
      <TrailBar
        trail={{
          steps: [
            { paper: 'ce47e5', title: null },
            { paper: 'b0b0b0', title: 'Paper B' },
          ],
          current: 1,
        }}
      />,
    );
    expect(within(bar()).getByRole('button', { name: 'Untitled' })).toBeInTheDocument();
    expect(bar().textContent).not.toContain('ce47e5');
  });
});
