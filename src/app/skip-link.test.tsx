import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { SkipLink } from './skip-link';
import { ViewProvider } from './view-context';

function renderAt(query: string, page: ReactNode) {
  window.history.replaceState(null, '', `/${query}`);
  render(
    <ViewProvider>
      <SkipLink />
      {page}
    </ViewProvider>,
  );
  return userEvent.setup();
}

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('the skip link', () => {
  it('moves focus to the graph, and leaves the address as it was', async () => {
    const user = renderAt(
      '?paper=abc',
      <main>
        <button type="button">Filter</button>
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- as GraphCanvas draws it */}
        <div id="citation-graph" tabIndex={0} aria-label="Citation graph" role="application" />
      </main>,
    );
    await user.tab();
    expect(screen.getByRole('link', { name: 'Skip to graph' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('application', { name: 'Citation graph' })).toHaveFocus();
    expect(window.location.hash).toBe('');
    expect(window.location.search).toBe('?paper=abc');
  });

  it('moves focus to the main content while no graph is drawn', async () => {
    const user = renderAt('?paper=abc', <main aria-label="Content">Loading the paper…</main>);
    await user.click(screen.getByRole('link', { name: 'Skip to graph' }));
    expect(screen.getByRole('main', { name: 'Content' })).toHaveFocus();
  });

  it('is not there where no paper is open', () => {
    renderAt('', <main>Welcome</main>);
    renderAt('?paper=abc&search=graphs', <main>Results</main>);
    expect(screen.queryByRole('link', { name: 'Skip to graph' })).toBeNull();
  });
});
