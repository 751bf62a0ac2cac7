import { CancelledError, onlineManager } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BlockedOriginError, OfflineError, UnreachableError } from '../api/connection-errors';
import { NotFoundError, RateLimitError } from '../api/errors';
import { InvalidIdentifierError } from '../domain/identifier';
import { ErrorNotice } from './error-notice';
import { SampleOfferProvider } from './sample-offer';

const URL_ = 'https://api.semanticscholar.org/graph/v1/paper/x';

const OUT_OF_REACH = [
  ['offline', new OfflineError({ url: URL_ })],
  ['unreachable', new UnreachableError({ url: URL_ })],
  ['blocked', new BlockedOriginError({ url: URL_, reason: 'policy' })],
] as const;

function renderNotice(error: unknown, openSample: (() => void) | null = vi.fn()) {
  const onRetry = vi.fn<() => void>();
  render(
    <SampleOfferProvider value={openSample}>
      <ErrorNotice title="Could not open this paper" error={error} onRetry={onRetry} />
    </SampleOfferProvider>,
  );
  return { onRetry, alert: screen.getByRole('alert') };
}

const button = (name: string) => screen.queryByRole('button', { name });

afterEach(() => {
  onlineManager.setOnline(true);
});

describe('ErrorNotice', () => {
  it.each(OUT_OF_REACH)('offers the offline sample by itself when %s', async (_, error) => {
    const openSample = vi.fn<() => void>();
    const { alert } = renderNotice(error, openSample);
    expect(alert).toHaveAttribute('data-error-code', error.code);
    await userEvent.click(within(alert).getByRole('button', { name: 'Open the offline sample' }));
    expect(openSample).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['not found', new NotFoundError({ id: 'x' })],
    ['rate limited', new RateLimitError({ retryAfterMs: null })],
    ['cancelled', new CancelledError()],
  ])('does not offer the sample when %s', (_, error) => {
    renderNotice(error);
    expect(button('Open the offline sample')).toBeNull();
  });

  it('offers no sample where the app provides none', () => {
    renderNotice(new UnreachableError({ url: URL_ }), null);
    expect(button('Open the offline sample')).toBeNull();
    render(<ErrorNotice title="Outside any provider" error={new OfflineError({ url: URL_ })} />);
    expect(screen.queryAllByRole('button', { name: 'Open the offline sample' })).toHaveLength(0);
  });

  it('says an unreachable API once, in one sentence', () => {
    const { alert } = renderNotice(new UnreachableError({ url: URL_ }));
    expect(alert.textContent.match(/Nothing answers at api\.semanticscholar\.org/g)).toHaveLength(
      1,
    );
    expect(alert).not.toHaveTextContent(/check your connection.*check your connection/i);
  });

  it('leaves "you are offline" to the offline banner while it is up', () => {
    act(() => {
      onlineManager.setOnline(false);
    });
    const { alert } = renderNotice(new OfflineError({ url: URL_ }));
    expect(alert).toHaveTextContent('Could not open this paper');
    expect(alert).not.toHaveTextContent(/offline, so/);
    expect(within(alert).getByRole('button', { name: 'Open the offline sample' })).toBeVisible();
  });

  it.each([
    ['a rate limit', new RateLimitError({ retryAfterMs: 5_000 }), true],
    ['being offline', new OfflineError({ url: URL_ }), true],
    ['an unreachable API', new UnreachableError({ url: URL_ }), true],
    ['a blocked origin', new BlockedOriginError({ url: URL_, reason: 'policy' }), false],
    ['an unknown paper', new NotFoundError({ id: 'x' }), false],
    ['a malformed id', new InvalidIdentifierError('x', 'Not an id.'), false],
    ['a cancellation', new CancelledError(), true],
  ])('offers "Try again" after %s only when it can help', (_, error, offered) => {
    renderNotice(error);
    expect(button('Try again') !== null).toBe(offered);
  });

  it('shows the message as text, never as markup', () => {
    const { alert } = renderNotice(new Error('<img src=x onerror=alert(1)> broke'));
    expect(alert).toHaveTextContent('<img src=x onerror=alert(1)> broke');
    expect(alert.querySelector('img')).toBeNull();
  });
});
