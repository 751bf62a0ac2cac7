// Settings a user can change at run time, kept in the browser's local storage. They override
// the build-time defaults (VITE_S2_API_URL) so one build can talk to a proxy, a mirror or a
// local test server.
export interface StoredSettings {
  readonly baseUrl: string | null;
  readonly apiKey: string | null;
  /** Minimum milliseconds between requests; null uses the client's default for the key state. */
  readonly paceMs: number | null;
}

export const SETTINGS_KEY = 'citescope:settings';

const NO_SETTINGS: StoredSettings = { baseUrl: null, apiKey: null, paceMs: null };

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

export function readSettings(storage: Pick<Storage, 'getItem'>): StoredSettings {
  try {
    const raw: unknown = JSON.parse(storage.getItem(SETTINGS_KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return NO_SETTINGS;
    const record = raw as Record<string, unknown>;
    const pace = record.paceMs;
    return {
      baseUrl: text(record.baseUrl),
      apiKey: text(record.apiKey),
      paceMs: typeof pace === 'number' && Number.isFinite(pace) && pace >= 0 ? pace : null,
    };
  } catch {
    // A corrupt entry must not stop the app from starting.
    return NO_SETTINGS;
  }
}

/** Saves the settings; false when the browser refused (storage off, full, or private mode). */
export function writeSettings(
  storage: Pick<Storage, 'setItem'>,
  settings: StoredSettings,
): boolean {
  try {
    storage.setItem(SETTINGS_KEY, JSON.stringify(settings));
    return true;
  } catch {
    return false;
  }
}

/** The browser's local storage, or none where it cannot even be reached (storage switched off). */
export function localSettingsStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  try {
    return window.localStorage;
  } catch {
    return {
      getItem: () => null,
      setItem: () => {
        throw new Error('Local storage is switched off in this browser.');
      },
    };
  }
}
