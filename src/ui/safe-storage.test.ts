import { describe, expect, it, vi } from 'vitest';
import { safeStorage } from './safe-storage';

function fullStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    key: () => null,
    getItem: (key) => items.get(key) ?? null,
    setItem: () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
    removeItem: (key) => items.delete(key),
  };
}

describe('storage that never takes the app down', () => {
  it('swallows a full quota and storage that cannot be reached', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const full = safeStorage(fullStorage);
    expect(() => full.setItem('k', 'v')).not.toThrow();
    expect(full.getItem('k')).toBeNull();
    const blocked = safeStorage(() => {
      throw new DOMException('Access is denied.', 'SecurityError');
    });
    expect(blocked.getItem('k')).toBeNull();
    expect(() => blocked.removeItem('k')).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(3);
  });
});
