// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_FILTERS } from '../graph/filters';
import { createViewStore, URL_WRITE_TIMING, type ViewStore } from './view-store';

let store: ViewStore;
let disconnect: () => void;
let replaceState: { mock: { calls: unknown[] } };
const writes = () => replaceState.mock.calls.length;
const address = () => new URLSearchParams(window.location.search);

beforeEach(() => {
  vi.useFakeTimers();
  window.history.replaceState(null, '', '/?paper=abc');
  replaceState = vi.spyOn(window.history, 'replaceState');
  store = createViewStore(window);
  disconnect = store.connect();
});

afterEach(() => {
  disconnect();
  vi.useRealTimers();
});

describe('writing the view to the address', () => {
  it('shows every keystroke at once but writes the address once typing pauses', () => {
    const typed = 'graph neural networks';
    for (let i = 1; i <= typed.length; i += 1) {
      store.setView({ filters: { ...NO_FILTERS, text: typed.slice(0, i) } });
      expect(store.getView().filters.text).toBe(typed.slice(0, i));
      vi.advanceTimersByTime(80);
    }
    vi.advanceTimersByTime(URL_WRITE_TIMING.quietMs);
    expect(address().get('q')).toBe(typed);
    // 21 keystrokes 80 ms apart: one write per second of typing, plus the one after the pause.
    expect(writes()).toBeLessThanOrEqual(3);
  });

  it('writes a few times a second at most while a slider is dragged', () => {
    for (let step = 0; step < 40; step += 1) {
      store.setView({ filters: { ...NO_FILTERS, yearFrom: 1980 + step } });
      vi.advanceTimersByTime(16);
    }
    expect(writes()).toBeLessThanOrEqual(1);
    vi.advanceTimersByTime(URL_WRITE_TIMING.maxWaitMs);
    expect(address().get('from')).toBe('2019');
    expect(writes()).toBeLessThanOrEqual(2);
  });

  it('lands a pending change on its own entry before pushing the next one', () => {
    store.setView({ layout: 'timeline' });
    store.setView({ paper: 'def' }, 'push');
    expect(address().get('paper')).toBe('def');
    expect(address().get('layout')).toBe('timeline');
    expect(window.history.state).toEqual({ step: 1 });
  });

  it('follows Back and Forward, dropping a change not yet written', async () => {
    store.setView({ paper: 'def' }, 'push');
    store.setView({ layout: 'force' });
    const seen = vi.fn();
    window.addEventListener('popstate', seen, { once: true });
    window.history.back();
    // jsdom moves through history on a timer.
    await vi.advanceTimersByTimeAsync(10);
    expect(seen).toHaveBeenCalled();
    expect(store.getView().paper).toBe('abc');
    expect(store.getView().layout).toBe('radial');
    vi.advanceTimersByTime(URL_WRITE_TIMING.maxWaitMs);
    expect(address().get('layout')).toBeNull();
  });

  it('writes a pending change when the page goes away', () => {
    store.setView({ showLinks: true });
    expect(address().get('links')).toBeNull();
    window.dispatchEvent(new Event('pagehide'));
    expect(address().get('links')).toBe('1');
  });

  it('does not write a view that is already in the address', () => {
    store.setView({ paper: 'abc' });
    vi.advanceTimersByTime(URL_WRITE_TIMING.maxWaitMs);
    expect(writes()).toBe(0);
  });
});
