// Browser storage that never takes the app down: a full quota, a private window that refuses
// writes, or storage switched off all cost only what was to be kept, never the page.
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Wraps `storage` (or nothing, where it cannot even be reached) so no call ever throws. */
export function safeStorage(reach: () => Storage): KeyValueStorage {
  const attempt = <T>(action: (storage: Storage) => T, fallback: T): T => {
    try {
      return action(reach());
    } catch (error) {
      console.warn('Browser storage refused a request; going on without it.', error);
      return fallback;
    }
  };
  return {
    getItem: (key) => attempt((storage) => storage.getItem(key), null),
    setItem: (key, value) => {
      attempt((storage) => storage.setItem(key, value), undefined);
    },
    removeItem: (key) => {
      attempt((storage) => storage.removeItem(key), undefined);
    },
  };
}
