// Settings a user can change at run time, kept in the browser's local storage. They override
// the build-time defaults (VITE_S2_API_URL) so one build can talk to a proxy, a mirror or a
// local test server. The same entry keeps the colour theme chosen in the header; each writer keeps
// the fields it does not own.
import { parseThemePreference, type ThemePreference } from '../../ui/theme';

export interface StoredSettings {
  readonly baseUrl: string | null;
  readonly apiKey: string | null;
  /** Minimum milliseconds between requests; null uses the client's default for the key state. */
  readonly paceMs: number | null;
  /** Entries loaded per direction when a paper is expanded; null uses the default (1,000). */
  readonly expansionBudget: number | null;
}

/** The largest list the API pages through (offset + limit stays below 10,000). */
export const MAX_EXPANSION_BUDGET = 9_999;

export const SETTINGS_KEY = 'citescope:settings';

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

type SettingsStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The stored entry as an object; empty when there is none or it is damaged. */
function readRecord(storage: Pick<Storage, 'getItem'>): Record<string, unknown> {
  try {
    const raw: unknown = JSON.parse(storage.getItem(SETTINGS_KEY) ?? 'null');
    return typeof raw === 'object' && raw !== null && !Array.isArray(raw)
      ? (raw as Record<string, unknown>)
      : {};
  } catch {
    // A corrupt entry must not stop the app from starting.
    return {};
  }
}

/** Writes `fields` over what is stored; false when the browser refused. */
function writeFields(storage: SettingsStorage, fields: Record<string, unknown>): boolean {
  try {
    storage.setItem(SETTINGS_KEY, JSON.stringify({ ...readRecord(storage), ...fields }));
    return true;
  } catch {
    return false;
  }
}

export function readSettings(storage: Pick<Storage, 'getItem'>): StoredSettings {
  const record = readRecord(storage);
  const pace = record.paceMs;
  const budget = record.expansionBudget;
  return {
    baseUrl: text(record.baseUrl),
    apiKey: text(record.apiKey),
    paceMs: typeof pace === 'number' && Number.isFinite(pace) && pace >= 0 ? pace : null,
    expansionBudget:
      typeof budget === 'number' &&
      Number.isInteger(budget) &&
      budget >= 1 &&
      budget <= MAX_EXPANSION_BUDGET
        ? budget
        : null,
  };
}

/** Saves the settings; false when the browser refused (storage off, full, or private mode). */
export function writeSettings(storage: SettingsStorage, settings: StoredSettings): boolean {
  return writeFields(storage, { ...settings });
}

export function readThemePreference(storage: Pick<Storage, 'getItem'>): ThemePreference {
  return parseThemePreference(readRecord(storage).theme);
}

/** Saves the theme beside the other settings; false when the browser refused. */
export function writeThemePreference(storage: SettingsStorage, theme: ThemePreference): boolean {
  return writeFields(storage, { theme });
}

/** The browser's local storage, or none where it cannot even be reached (storage switched off). */
export function localSettingsStorage(): SettingsStorage {
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
