import { describe, expect, it } from 'vitest';
import { parseThemePreference, resolveTheme, THEME_PREFERENCES } from './theme';

describe('the colour theme', () => {
  it('follows the system unless the person chose light or dark', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('reads each known preference as itself', () => {
    for (const preference of THEME_PREFERENCES) {
      expect(parseThemePreference(preference)).toBe(preference);
    }
  });

  it.each([undefined, null, 'Dark', 'sepia', 1, { theme: 'dark' }])(
    'follows the system when what was stored (%o) is no preference',
    (value) => {
      expect(parseThemePreference(value)).toBe('system');
    },
  );
});
