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
    expect(writeSettings(storage, { baseUrl: null, apiKey: 'k', paceMs: null })).toBe(true);
    expect(readThemePreference(storage)).toBe('light');
    expect(readSettings(storage)).toEqual({ baseUrl: null, apiKey: 'k', paceMs: null });
  });

  it('says so when the browser refuses to keep it', () => {
    expect(writeThemePreference(refusing, 'dark')).toBe(false);
  });
});
