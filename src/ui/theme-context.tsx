// The theme in force for the whole page: the person's preference, resolved against the system's
// colour scheme (followed live), applied to <html> and shared with whatever draws in colour (the
// graph's stylesheet takes `resolved`).
import {
  createContext,
  useCallback,
  useContext,
  useLayoutEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import {
  applyTheme,
  darkSchemeQuery,
  resolveTheme,
  type ResolvedTheme,
  type ThemePreference,
} from './theme';

export interface ThemeState {
  readonly preference: ThemePreference;
  readonly resolved: ResolvedTheme;
  /** False when the browser refused to keep the last choice: it then lasts for this visit. */
  readonly kept: boolean;
  readonly choose: (preference: ThemePreference) => void;
}

const ThemeContext = createContext<ThemeState | null>(null);

function subscribeToSystem(onChange: () => void): () => void {
  const query = darkSchemeQuery(window);
  query?.addEventListener('change', onChange);
  return () => {
    query?.removeEventListener('change', onChange);
  };
}

const systemIsDark = (): boolean => darkSchemeQuery(window)?.matches ?? false;

interface ThemeProviderProps {
  /** The stored preference, read once at start-up. */
  readonly initial: ThemePreference;
  /** Stores a new choice; false when the browser refused. */
  readonly keep: (preference: ThemePreference) => boolean;
  readonly children: ReactNode;
}

export function ThemeProvider({ initial, keep, children }: ThemeProviderProps) {
  const [preference, setPreference] = useState(initial);
  const [kept, setKept] = useState(true);
  const systemDark = useSyncExternalStore(subscribeToSystem, systemIsDark, () => false);
  const resolved = resolveTheme(preference, systemDark);
  // Before the browser paints, so a change never shows one frame in the old colours.
  useLayoutEffect(() => {
    applyTheme(document.documentElement, resolved);
  }, [resolved]);
  const choose = useCallback(
    (next: ThemePreference) => {
      setPreference(next);
      setKept(keep(next));
    },
    [keep],
  );
  const value = useMemo(
    () => ({ preference, resolved, kept, choose }),
    [preference, resolved, kept, choose],
  );
  return <ThemeContext value={value}>{children}</ThemeContext>;
}

export function useTheme(): ThemeState {
  const theme = useContext(ThemeContext);
  if (!theme) throw new Error('useTheme must be used inside <ThemeProvider>.');
  return theme;
}
