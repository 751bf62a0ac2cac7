import { describe, expect, it } from 'vitest';
import type { KeyValueStorage } from '../ui/safe-storage';
import { createSessionStore, TRAIL_MAX_TITLE } from './session-store';

function memory(
  initial: Record<string, string> = {},
): KeyValueStorage & { items: Map<string, string> } {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
    removeItem: (key) => {
      items.delete(key);
    },
  };
}

describe('the session store', () => {
  it('keeps the trail across a reload, bounded, and nothing else', () => {
    const storage = memory();
    const store = createSessionStore(storage);
    store.getState().arrive(0, 'A', 'x'.repeat(100_000));
    store.getState().arrive(1, 'B', null);
    store.getState().select('B', 'C');
    const stored = storage.items.get('citescope:trail') ?? '';
    expect(stored.length).toBeLessThan(TRAIL_MAX_TITLE + 200);
    expect(stored).not.toContain('selection');

    const reloaded = createSessionStore(storage).getState();
    expect(reloaded.trail).toEqual([
      { paper: 'A', title: 'x'.repeat(TRAIL_MAX_TITLE) },
      { paper: 'B', title: null },
    ]);
    expect(reloaded.selection).toBeNull();
  });

  it('starts with an empty trail when what was stored is damaged', () => {
    for (const damaged of ['not json', '{"state":{"trail":[{"paper":3}]},"version":1}', 'null']) {
      const store = createSessionStore(memory({ 'citescope:trail': damaged }));
      expect(store.getState().trail).toEqual([]);
    }
  });
});
