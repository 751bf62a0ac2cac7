import { describe, expect, it } from 'vitest';
import {
  readSettings,
  readThemePreference,
  SETTINGS_KEY,
  writeSettings,
  writeThemePreference,
} from './settings-storage';

function memory(initial: string | null = null) {
  let value = initial;
  return {
    getItem: (key: string) => (key === SETTINGS_KEY ? value : null),
    setItem: (key: string, next: string) => {
      if (key === SETTINGS_KEY) value = next;
    },
    stored: (): unknown => JSON.parse(value ?? 'null'),
  };
}

const refusing = {
  getItem: () => null,
  setItem: () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  },
};

describe('the stored theme', () => {
  it('follows the system when nothing, or something damaged, is stored', () => {
    expect(readThemePreference(memory())).toBe('system');
    expect(readThemePreference(memory('{not json'))).toBe('system');
    expect(readThemePreference(memory('["dark"]'))).toBe('system');
    expect(readThemePreference(memory(JSON.stringify({ theme: 'sepia' })))).toBe('system');
  });

  it('is kept beside the other settings, which stay as they were', () => {
    const storage = memory(JSON.stringify({ apiKey: 'k', paceMs: 500, future: [1] }));
    expect(writeThemePreference(storage, 'dark')).toBe(true);
    expect(readThemePreference(storage)).toBe('dark');
    expect(storage.stored()).toEqual({ apiKey: 'k', paceMs: 500, future: [1], theme: 'dark' });
  });

  it('survives saving the settings dialog', () => {
    const storage = memory(JSON.stringify({ theme: 'light' }));
    const settings = { baseUrl: null, apiKey: 'k', paceMs: null, expansionBudget: 500 };
    expect(writeSettings(storage, settings)).toBe(true);
    expect(readThemePreference(storage)).toBe('light');
    expect(readSettings(storage)).toEqual(settings);
  });

  it('says so when the browser refuses to keep it', () => {
    expect(writeThemePreference(refusing, 'dark')).toBe(false);
  });
});

describe('the expansion budget', () => {
  it('is kept as a whole number of papers the API can page to, or not at all', () => {
    const read = (budget: unknown) =>
      readSettings(memory(JSON.stringify({ expansionBudget: budget }))).expansionBudget;
    expect(read(2_500)).toBe(2_500);
    expect(read(9_999)).toBe(9_999);
    for (const bad of [0, -5, 10_000, 1.5, '1000', null]) expect(read(bad)).toBeNull();
  });
});
