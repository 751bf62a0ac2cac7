import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { LinksData } from '../../queries/links-query';
import { link, paper } from '../../test-support/papers';
import { LoadProgress } from './load-progress';

function data(count: number, state: Partial<LinksData> = {}): LinksData {
  return {
    links: Array.from({ length: count }, (_, i) => link(paper(i + 10))),
    duplicatesRemoved: 0,
    truncated: false,
    requests: 1,
    next: null,
    complete: true,
    ...state,
  };
}

function show(props: { data: LinksData | undefined; fetching?: boolean; total?: number }) {
  const handlers = {
    onStop: vi.fn(),
    onContinue: vi.fn(),
    onLoadMore: vi.fn(),
    onLoadAll: vi.fn(),
  };
  render(
    <LoadProgress
      noun="citations"
      data={props.data}
      total={props.total ?? 12_000}
      fetching={props.fetching ?? false}
      step={5_000}
      {...handlers}
    />,
  );
  return handlers;
}

describe('LoadProgress', () => {
  it('shows how far a list has loaded, with a way to stop', async () => {
    const { onStop } = show({ data: data(3, { complete: false, next: 3 }), fetching: true });
    expect(screen.getByText(/3 of 12,000 citations loaded/)).toBeVisible();
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '3');
    await userEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(onStop).toHaveBeenCalledOnce();
  });

  it('offers to continue a stopped list', async () => {
    const { onContinue } = show({ data: data(4, { complete: false, next: 4 }) });
    expect(screen.getByText(/Stopped at 4 of 12,000 citations/)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Continue loading' }));
    expect(onContinue).toHaveBeenCalledOnce();
  });

  it('offers more, or all, when the cap was reached', async () => {
    const { onLoadMore, onLoadAll } = show({ data: data(5, { truncated: true, next: 5 }) });
    await userEvent.click(screen.getByRole('button', { name: 'Load 5,000 more' }));
    await userEvent.click(screen.getByRole('button', { name: 'Load all the API allows' }));
    expect(onLoadMore).toHaveBeenCalledOnce();
    expect(onLoadAll).toHaveBeenCalledOnce();
  });

  it("says so when the API's paging limit cut the list", () => {
    show({ data: data(6, { truncated: true, next: null }) });
    expect(screen.getByText(/at most about 10,000 citations of a paper/)).toBeVisible();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says nothing once a list is complete', () => {
    const { container } = render(
      <LoadProgress
        noun="citations"
        data={data(7)}
        total={7}
        fetching={false}
        step={5_000}
        onStop={vi.fn()}
        onContinue={vi.fn()}
        onLoadMore={vi.fn()}
        onLoadAll={vi.fn()}
      />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
