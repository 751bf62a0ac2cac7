import { onlineManager } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { OfflineBanner } from './offline-banner';

const OFFLINE = /^You are offline\. Papers you opened before still open from the cache/;

afterEach(() => {
  onlineManager.setOnline(true);
});

describe('OfflineBanner', () => {
  it('says nothing while online', () => {
    render(<OfflineBanner />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('follows the query client’s online state both ways', () => {
    render(<OfflineBanner />);
    act(() => {
      onlineManager.setOnline(false);
    });
    expect(screen.getByRole('status')).toHaveTextContent(OFFLINE);
    act(() => {
      onlineManager.setOnline(true);
    });
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('hears the browser go offline and come back', () => {
    render(<OfflineBanner />);
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(screen.getByRole('status')).toHaveTextContent(OFFLINE);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('shows the state it finds when it mounts', () => {
    onlineManager.setOnline(false);
    render(<OfflineBanner />);
    expect(screen.getByRole('status')).toHaveTextContent(OFFLINE);
  });
});
