import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DARK_SCHEME_QUERY } from '../../ui/theme';
import { ThemeProvider } from '../../ui/theme-context';
import {
  localSettingsStorage,
  readThemePreference,
  SETTINGS_KEY,
  writeThemePreference,
} from './settings-storage';
import { ThemeToggle } from './theme-toggle';

/** The system's colour scheme, switchable from the test (jsdom has no matchMedia). */
function systemScheme(dark: boolean) {
  const listeners = new Set<() => void>();
  const state = { dark };
  vi.stubGlobal('matchMedia', (query: string) => ({
    get matches() {
      return query === DARK_SCHEME_QUERY && state.dark;
    },
    media: query,
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
  }));
  return {
    set(next: boolean) {
      state.dark = next;
      act(() => {
        for (const listener of listeners) listener();
      });
    },
  };
}

const theme = () => document.documentElement.dataset.theme;

function renderToggle() {
  render(
    <ThemeProvider
      initial={readThemePreference(localSettingsStorage())}
      keep={(preference) => writeThemePreference(localSettingsStorage(), preference)}
    >
      <ThemeToggle />
    </ThemeProvider>,
  );
  return { user: userEvent.setup(), select: screen.getByRole('combobox', { name: 'Theme' }) };
}

beforeEach(() => {
  window.localStorage.clear();
  delete document.documentElement.dataset.theme;
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the theme toggle', () => {
  it('follows the system scheme by default, and as it changes', () => {
    const system = systemScheme(true);
    const { select } = renderToggle();
    expect(select).toHaveValue('system');
    expect(theme()).toBe('dark');
    system.set(false);
    expect(theme()).toBe('light');
  });

  it('overrides the system with a choice, kept beside the other settings', async () => {
    const system = systemScheme(true);
    window.localStorage.setItem(SETTINGS_KEY, JSON.stringify({ apiKey: 'k' }));
    const { user, select } = renderToggle();
    await user.selectOptions(select, 'Light');
    expect(theme()).toBe('light');
    system.set(true);
    expect(theme()).toBe('light');
    expect(JSON.parse(window.localStorage.getItem(SETTINGS_KEY) ?? '')).toEqual({
      apiKey: 'k',
      theme: 'light',
    });
  });

  it('starts from the stored choice', () => {
    systemScheme(false);
    window.localStorage.setItem(SETTINGS_KEY, JSON.stringify({ theme: 'dark' }));
    const { select } = renderToggle();
    expect(select).toHaveValue('dark');
    expect(theme()).toBe('dark');
  });

  it('still applies a choice the browser refuses to keep, and says it lasts for this visit', async () => {
    systemScheme(false);
    const { user, select } = renderToggle();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await user.selectOptions(select, 'Dark');
    expect(theme()).toBe('dark');
    expect(screen.getByRole('status')).toHaveTextContent('for this visit only');
    expect(select).toHaveAccessibleDescription(/for this visit only/);
  });

  it('works without a system scheme to follow (light)', () => {
    vi.stubGlobal('matchMedia', undefined);
    renderToggle();
    expect(theme()).toBe('light');
  });
});
