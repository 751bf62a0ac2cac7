import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createCachePersister, flushWhenHidden } from './app/cache-persister';
import { readRuntimeConfig } from './app/runtime-config';
import {
  controlledByTwin,
  placeFor,
  registerAppShell,
  removeStrayTwins,
  twinScope,
  type Site,
} from './app/service-workers';
import './app/app.css';
import { localSettingsStorage, readThemePreference } from './features/settings/settings-storage';
import { applyTheme, darkSchemeQuery, resolveTheme } from './ui/theme';

// The theme before anything is drawn (the app keeps it up to date from then on): a stored choice
// that differs from the system's scheme must not show one frame in the other colours.
applyTheme(
  document.documentElement,
  resolveTheme(
    readThemePreference(localSettingsStorage()),
    darkSchemeQuery(window)?.matches ?? false,
  ),
);

const site: Site = {
  base: import.meta.env.BASE_URL,
  demoBuild: import.meta.env.VITE_DEMO === 'true',
};

/** Settles the live app's workers; false when the page reloads to get away from a twin. */
function startLiveWorkers(): boolean {
  const navigation = performance.getEntriesByType('navigation')[0];
  const reloaded =
    navigation instanceof PerformanceNavigationTiming && navigation.type === 'reload';
  // A page is controlled from its start: one that began behind a twin (left by an older version,
  // or by `npm run demo` on the same address) reloads once, free of it.
  if (controlledByTwin() && !reloaded) {
    void removeStrayTwins(site).finally(() => {
      window.location.reload();
    });
    return false;
  }
  void removeStrayTwins(site)
    .then(() => (import.meta.env.PROD && !site.demoBuild ? registerAppShell(site) : undefined))
    .catch((error: unknown) => {
      console.warn('The service workers could not be set up; the app works without them.', error);
    });
  return true;
}

async function boot(): Promise<void> {
  const config = readRuntimeConfig();
  const place = placeFor(window.location, config.demo, site);
  if (place !== null) {
    window.location.replace(place);
    return;
  }
  if (!config.demo && !startLiveWorkers()) return;
  // The API twin (and the sample it serves) loads only in demo mode, never in the main bundle.
  const examples = config.demo
    ? await removeStrayTwins(site)
        .then(() => import('./app/demo-mode'))
        .then((demo) => demo.startDemo(config.baseUrl, window.location.search, twinScope(site)))
    : [];
  // Private windows and some embedded browsers have no IndexedDB: run without the cache there.
  const persister =
    'indexedDB' in window
      ? createCachePersister({ baseUrl: config.baseUrl, mode: config.demo ? 'demo' : 'live' })
      : undefined;
  if (persister) flushWhenHidden(persister);
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element.');
  createRoot(root).render(
    <StrictMode>
      <App config={config} examples={examples} persister={persister} />
    </StrictMode>,
  );
}

void boot();
