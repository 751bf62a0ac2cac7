import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DiscoverList, DISCOVER_PAGE, type DiscoverRow } from './discover-list';

const rows: DiscoverRow[] = Array.from({ length: 45 }, (_, i) => ({
  id: `p${i}`,
  title: `Paper <b>${i}</b>`,
  year: 2000 + i,
  why: `cites ${45 - i} papers here`,
}));

interface Props {
  readonly rows?: readonly DiscoverRow[];
  readonly onExpand?: (id: string) => void;
  readonly isExpanded?: (id: string) => boolean;
}

/** The list as the section holds it: the shown count lives above it. */
function Harness({ rows: all = rows, onExpand, isExpanded }: Props) {
  const [shown, setShown] = useState(DISCOVER_PAGE);
  return (
    <DiscoverList
      list="derivative-works"
      heading="Derivative works"
      rows={all}
      shown={shown}
      onShowMore={() => setShown((n) => n + DISCOVER_PAGE)}
      empty="None here."
      onSelect={() => undefined}
      onMakeCentre={() => undefined}
      inGraph={(id) => id !== 'p1'}
      onExpand={onExpand}
      isExpanded={isExpanded}
    />
  );
}

const list = () => screen.getByRole('list');
const ids = () =>
  within(list())
    .getAllByRole('listitem')
    .map((row) => row.dataset.paperId);

describe('DiscoverList', () => {
  it('shows 20 rows, then 20 more, then the rest, each time focusing the first new row', async () => {
    render(<Harness />);
    expect(ids()).toEqual(rows.slice(0, 20).map((row) => row.id));
    expect(screen.getByText('20 of 45 shown')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show 20 more' }));
    expect(ids()).toEqual(rows.slice(0, 40).map((row) => row.id));
    const twentyFirst = within(list()).getAllByRole('listitem')[20];
    expect(
      twentyFirst && within(twentyFirst).getByRole('button', { name: 'Select' }),
    ).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Show 5 more' }));
    expect(ids()).toEqual(rows.map((row) => row.id));
    expect(screen.queryByRole('button', { name: /^Show/ })).toBeNull();
  });

  it('says what showing more costs when it costs a request', () => {
    render(
      <DiscoverList
        list="prior-works"
        heading="Prior works"
        rows={rows}
        shown={DISCOVER_PAGE}
        onShowMore={() => undefined}
        moreCost="1 request"
        empty="None here."
        onSelect={() => undefined}
        onMakeCentre={() => undefined}
        inGraph={() => false}
      />,
    );
    expect(screen.getByRole('button', { name: 'Show 20 more (1 request)' })).toBeInTheDocument();
  });

  it('offers no Show more for a short list, and says so when it is empty', () => {
    const { unmount } = render(<Harness rows={rows.slice(0, 20)} />);
    expect(ids()).toHaveLength(20);
    expect(screen.queryByRole('button', { name: /^Show/ })).toBeNull();
    unmount();
    render(<Harness rows={[]} />);
    expect(screen.getByText('None here.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('expands or collapses a paper, drawn or not (one not drawn joins the graph)', async () => {
    const onExpand = vi.fn<(id: string) => void>();
    render(<Harness onExpand={onExpand} isExpanded={(id) => id === 'p2'} />);
    const row = (id: string) => {
      const item = within(list())
        .getAllByRole('listitem')
        .find((li) => li.dataset.paperId === id);
      if (!item) throw new Error(`row ${id} is not on screen`);
      return within(item);
    };
    expect(row('p2').getByRole('button', { name: 'Collapse' })).toBeInTheDocument();
    // p1 is not drawn: it offers no Select, but Expand brings it in.
    expect(row('p1').queryByRole('button', { name: 'Select' })).toBeNull();
    await userEvent.click(row('p1').getByRole('button', { name: 'Expand' }));
    await userEvent.click(row('p0').getByRole('button', { name: 'Expand' }));
    expect(onExpand.mock.calls).toEqual([['p1'], ['p0']]);
  });

  it('offers no Expand until the app wires it, and shows titles as text', () => {
    render(<Harness />);
    expect(screen.queryByRole('button', { name: 'Expand' })).toBeNull();
    expect(within(list()).getByText('Paper <b>0</b>')).toBeInTheDocument();
  });
});
