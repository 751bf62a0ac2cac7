// The page's colour theme: a person's preference (follow the system, or always light or dark)
// resolved against the system's setting. The resolved theme is `data-theme` on <html>; the
// tokens in app.css switch on it, and `color-scheme` with them, so form controls follow.
export const THEME_PREFERENCES = ['system', 'light', 'dark'] as const;

export type ThemePreference = (typeof THEME_PREFERENCES)[number];

export type ResolvedTheme = 'light' | 'dark';

export const DARK_SCHEME_QUERY = '(prefers-color-scheme: dark)';

/** A stored or typed value as a preference; anything unknown follows the system. */
export function parseThemePreference(value: unknown): ThemePreference {
  return THEME_PREFERENCES.find((preference) => preference === value) ?? 'system';
}

export function resolveTheme(preference: ThemePreference, systemDark: boolean): ResolvedTheme {
  if (preference === 'system') return systemDark ? 'dark' : 'light';
  return preference;
}

/** The system's colour scheme query, where the browser has one (jsdom and old engines do not). */
export function darkSchemeQuery(win: Window): MediaQueryList | null {
  return typeof win.matchMedia === 'function' ? win.matchMedia(DARK_SCHEME_QUERY) : null;
}

export function applyTheme(root: HTMLElement, theme: ResolvedTheme): void {
  root.dataset.theme = theme;
}
