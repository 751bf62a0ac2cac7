import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  NetworkError,
  RateLimitError,
  ServerError,
  TimeoutError,
  type ApiError,
} from '../../api/errors';
import { UnreachableError } from '../../api/connection-errors';
import { IDLE_SNAPSHOT, SnapshotStore, type SchedulerSnapshot } from '../../api/scheduler-store';
import { RequestStatusBar } from './request-status-bar';

/** The polite live region (not role="status": the app keeps that role for its counts line). */
const liveRegion = (): HTMLElement => screen.getByTestId('request-status');

const URL = 'https://api.example.org/graph/v1/paper/x/citations';

/** The scheduler's own store, driven by the test instead of by requests. */
function renderBar() {
  const store = new SnapshotStore();
  const onCancel = vi.fn<() => void>();
  render(<RequestStatusBar scheduler={store} onCancel={onCancel} />);
  const set = (next: Partial<SchedulerSnapshot>) => {
    act(() => {
      store.set({ ...IDLE_SNAPSHOT, ...next });
    });
  };
  return { set, onCancel };
}

/** A retry pending `ms` from now because of `error`. */
const waitingAfter = (error: ApiError | null, ms = 8_000): Partial<SchedulerSnapshot> => ({
  queued: 2,
  waitingToRetry: 1,
  retryAt: Date.now() + ms,
  rateLimited: error instanceof RateLimitError || error instanceof NetworkError,
  lastError: error,
});

const tick = (ms: number) => {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('RequestStatusBar', () => {
  it('is silent while requests simply run', () => {
    const { set } = renderBar();
    set({ queued: 5, inFlight: 4 });
    expect(liveRegion()).toBeEmptyDOMElement();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says the API is limiting requests, counts down to the retry, and shows the queue', () => {
    const { set } = renderBar();
    set(waitingAfter(new RateLimitError({ url: URL, retryAfterMs: 8_000 })));
    const status = liveRegion();
    expect(status).toHaveTextContent(/^Semantic Scholar is limiting requests; retrying in 8 s/);
    expect(screen.getByText('3 requests waiting')).toBeVisible();
    tick(1_000);
    expect(screen.getByText('retrying in 7 s')).toBeInTheDocument();
    tick(999);
    expect(screen.getByText('retrying in 7 s')).toBeInTheDocument();
    tick(1);
    expect(screen.getByText('retrying in 6 s')).toBeInTheDocument();
    tick(6_000);
    expect(screen.getByText('retrying now…')).toBeInTheDocument();
  });

  it('keeps the ticking seconds away from screen readers and announces the wait once', () => {
    const { set } = renderBar();
    set(waitingAfter(new RateLimitError({ url: URL, retryAfterMs: null })));
    expect(screen.getByText('retrying in 8 s')).toHaveAttribute('aria-hidden', 'true');
    tick(3_000);
    expect(screen.getByText('retrying in 5 s')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByText('retrying in about 8 seconds')).not.toHaveAttribute('aria-hidden');
    expect(liveRegion()).toHaveAttribute('aria-live', 'polite');
  });

  it('starts a new countdown when the retry is rescheduled', () => {
    const { set } = renderBar();
    set(waitingAfter(new RateLimitError({ url: URL, retryAfterMs: null }), 8_000));
    tick(7_000);
    expect(screen.getByText('retrying in 1 s')).toBeInTheDocument();
    set(waitingAfter(new RateLimitError({ url: URL, retryAfterMs: null }), 4_000));
    expect(screen.getByText('retrying in 4 s')).toBeInTheDocument();
    expect(screen.getByText('retrying in about 4 seconds')).toBeInTheDocument();
  });

  it('calls onCancel from its Cancel button', async () => {
    // Testing Library's async helpers wait on a real timer: this test needs no fake clock.
    vi.useRealTimers();
    const { set, onCancel } = renderBar();
    set(waitingAfter(new RateLimitError({ url: URL, retryAfterMs: null })));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('says an unreadable answer is probably the rate limit, not that it is', () => {
    const { set } = renderBar();
    set(waitingAfter(new NetworkError({ url: URL })));
    expect(liveRegion()).toHaveTextContent(
      /^Semantic Scholar’s answer could not be read — probably rate limiting; retrying in 8 s/,
    );
  });

  it('says a long wait in minutes, to the eye and to a screen reader', () => {
    const { set } = renderBar();
    set(waitingAfter(new RateLimitError({ url: URL, retryAfterMs: 90_000 }), 90_000));
    expect(screen.getByText('retrying in 1 min 30 s')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByText('retrying in about 1 minute 30 seconds')).toBeInTheDocument();
    tick(30_000);
    expect(screen.getByText('retrying in 1 min')).toBeInTheDocument();
  });

  it('says nothing of a request that failed for good: its own notice does', () => {
    const { set } = renderBar();
    set({ queued: 1, lastError: new UnreachableError({ url: URL }) });
    expect(liveRegion()).toBeEmptyDOMElement();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
  });

  it('names the status of a server error', () => {
    const { set } = renderBar();
    set(waitingAfter(new ServerError({ url: URL, status: 502 })));
    expect(liveRegion()).toHaveTextContent(
      /^Semantic Scholar had a problem \(502\); retrying in 8 s/,
    );
  });

  it('says the API is slow after a timeout', () => {
    const { set } = renderBar();
    set(waitingAfter(new TimeoutError({ url: URL, timeoutMs: 30_000 })));
    expect(liveRegion()).toHaveTextContent(/^Semantic Scholar is slow to answer;/);
  });

  it('counts a single waiting request in the singular', () => {
    const { set } = renderBar();
    set({ ...waitingAfter(new ServerError({ url: URL, status: 503 })), queued: 0 });
    expect(screen.getByText('1 request waiting')).toBeVisible();
  });

  it('goes quiet again once nothing waits to be retried', () => {
    const { set } = renderBar();
    set(waitingAfter(new RateLimitError({ url: URL, retryAfterMs: null })));
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeVisible();
    set({ inFlight: 1 });
    expect(liveRegion()).toBeEmptyDOMElement();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    expect(screen.queryByText(/requests? waiting/)).toBeNull();
  });
});
