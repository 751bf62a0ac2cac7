// Which service worker may control which page (see docs/decisions/0005-service-workers.md).
// A scope has one worker: the app shell's worker takes the site's root in production; the API
// twin (the offline sample's mock worker) takes `demo/` below it, or the whole site in a build
// that is nothing but the sample. The real app never runs behind the twin.

/** The file `msw init` writes into public/: how a twin registration is recognised. */
const TWIN_SCRIPT = 'mockServiceWorker.js';
/** The app shell's worker, generated at build time by vite-plugin-pwa (Workbox). */
const APP_SHELL_SCRIPT = 'sw.js';
const DEMO_DIR = 'demo/';

export interface Site {
  /** Vite's base path, e.g. `/`. */
  readonly base: string;
  /** Built as the sample only (`npm run demo`, the end-to-end build): no live app on this origin. */
  readonly demoBuild: boolean;
}

/** The scope the twin registers for. */
export function twinScope({ base, demoBuild }: Site): string {
  return demoBuild ? base : `${base}${DEMO_DIR}`;
}

/**
 * Where the page must go before it starts, or null to start here: the sample runs only in the
 * twin's scope, and the live app only outside it.
 */
export function placeFor(
  where: Pick<Location, 'pathname' | 'search' | 'hash'>,
  demo: boolean,
  site: Site,
): string | null {
  if (site.demoBuild) return null;
  const scope = twinScope(site);
  const inScope = where.pathname.startsWith(scope);
  if (demo && !inScope) return `${scope}${where.search}${where.hash}`;
  // An address in the sample's place is the sample, whether or not it says so.
  if (!demo && inScope) {
    return `${where.pathname}${where.search ? `${where.search}&` : '?'}demo=1${where.hash}`;
  }
  return null;
}

const scriptOf = (registration: ServiceWorkerRegistration): string =>
  (registration.active ?? registration.waiting ?? registration.installing)?.scriptURL ?? '';

export const isTwinScript = (scriptUrl: string): boolean => scriptUrl.endsWith(`/${TWIN_SCRIPT}`);

/**
 * Twin registrations for any scope but `keepScope` (an absolute URL): left by an older version,
 * or by the other mode on the same address (`npm run demo` and `npm start` share one).
 */
export function strayTwins(
  registrations: readonly ServiceWorkerRegistration[],
  keepScope: string,
): ServiceWorkerRegistration[] {
  return registrations.filter(
    (registration) => isTwinScript(scriptOf(registration)) && registration.scope !== keepScope,
  );
}

/** Unregisters stray twins; a page they control keeps that controller until it is reloaded. */
export async function removeStrayTwins(site: Site): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const keep = new URL(twinScope(site), window.location.href).href;
  const strays = strayTwins(await navigator.serviceWorker.getRegistrations(), keep);
  await Promise.all(strays.map((registration) => registration.unregister()));
}

/** Whether this page started behind a twin. */
export function controlledByTwin(): boolean {
  const controller = 'serviceWorker' in navigator ? navigator.serviceWorker.controller : null;
  return controller !== null && isTwinScript(controller.scriptURL);
}

/** Installs the app shell's worker, so the app opens offline with the papers already cached. */
export async function registerAppShell({ base }: Site): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const { Workbox } = await import('workbox-window');
  await new Workbox(`${base}${APP_SHELL_SCRIPT}`, { scope: base }).register({ immediate: true });
}
