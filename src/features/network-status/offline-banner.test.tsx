import { onlineManager } from '@tanstack/react-query';
import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { OfflineBanner } from './offline-banner';

/** The polite live region (not role="status": the app keeps that role for its counts line). */
const liveRegion = (): HTMLElement => {
  const region = document.querySelector<HTMLElement>('.offline-banner');
  if (!region) throw new Error('No live region .offline-banner');
  return region;
};

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
});
