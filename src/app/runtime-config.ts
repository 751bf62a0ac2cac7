// What the running app talks to: resolved once at start-up from the build-time environment,
// the user's stored settings and the URL.
import { resolveBaseUrl } from '../api/config';
import { readSettings } from '../features/settings/settings-storage';
import { parseView } from './url-codec';

export interface RuntimeConfig {
  readonly baseUrl: string;
  readonly apiKey: string | null;
  readonly paceMs: number | null;
  /** The offline sample, served by the API twin inside the browser. */
  readonly demo: boolean;
}

export function readRuntimeConfig(): RuntimeConfig {
  const settings = readSettings(window.localStorage);
  const demo = import.meta.env.VITE_DEMO === 'true' || parseView(window.location.search).demo;
  return {
    baseUrl: resolveBaseUrl(settings.baseUrl, import.meta.env.VITE_S2_API_URL),
    apiKey: settings.apiKey,
    // The twin answers locally: no need to pace requests to it.
    paceMs: demo ? 0 : settings.paceMs,
    demo,
  };
}
