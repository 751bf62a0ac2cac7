import { onlineManager } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SampleOfferProvider } from '../../ui/sample-offer';
import { OfflineBanner } from './offline-banner';

/** The polite live region (not role="status": the app keeps that role for its counts line). */
const liveRegion = (): HTMLElement => screen.getByTestId('offline-banner');

const OFFLINE = /^You are offline\. Papers you opened before still open from the cache/;

afterEach(() => {
  onlineManager.setOnline(true);
});

describe('OfflineBanner', () => {
  it('says nothing while online', () => {
    render(<OfflineBanner />);
    expect(liveRegion()).toBeEmptyDOMElement();
  });

  it('follows the query client’s online state both ways', () => {
    render(<OfflineBanner />);
    act(() => {
      onlineManager.setOnline(false);
    });
    expect(liveRegion()).toHaveTextContent(OFFLINE);
    act(() => {
      onlineManager.setOnline(true);
    });
    expect(liveRegion()).toBeEmptyDOMElement();
  });

  it('hears the browser go offline and come back', () => {
    render(<OfflineBanner />);
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(liveRegion()).toHaveTextContent(OFFLINE);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(liveRegion()).toBeEmptyDOMElement();
  });

  it('shows the state it finds when it mounts', () => {
    onlineManager.setOnline(false);
    render(<OfflineBanner />);
    expect(liveRegion()).toHaveTextContent(OFFLINE);
  });

  it('offers the offline sample while offline, where the app provides it', async () => {
    const openSample = vi.fn<() => void>();
    render(
      <SampleOfferProvider value={openSample}>
        <OfflineBanner />
      </SampleOfferProvider>,
    );
    expect(screen.queryByRole('button', { name: 'Open the offline sample' })).toBeNull();
    act(() => {
      onlineManager.setOnline(false);
    });
    await userEvent.click(screen.getByRole('button', { name: 'Open the offline sample' }));
    expect(openSample).toHaveBeenCalledTimes(1);
  });
});
