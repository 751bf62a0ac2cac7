// What the running app talks to: resolved once at start-up from the build-time environment,
// the user's stored settings and the URL.
import { allowedOriginsAt, readApiEnvironment } from '../api/api-origins';
import { resolveBaseUrl } from '../api/config';
import { localSettingsStorage, readSettings } from '../features/settings/settings-storage';
import { parseView } from './url-codec';

export interface RuntimeConfig {
  readonly baseUrl: string;
  readonly apiKey: string | null;
  readonly paceMs: number | null;
  /** The offline sample, served by the API twin inside the browser. */
  readonly demo: boolean;
  /** Every origin the page may connect to for the API (its Content-Security-Policy's list). */
  readonly allowedOrigins: readonly string[];
  /**
   * Why the API address in the settings is not used, for the app to show; null when all is
   * well. The app then runs on the build's own API.
   */
  readonly problem: string | null;
}

export function readRuntimeConfig(): RuntimeConfig {
  const settings = readSettings(localSettingsStorage());
  const demo = import.meta.env.VITE_DEMO === 'true' || parseView(window.location.search).demo;
  const build = readApiEnvironment(import.meta.env);
  const allowedOrigins = allowedOriginsAt(window.location.origin, build.origins);
  const { baseUrl, problem } = resolveBaseUrl(settings.baseUrl, build.baseUrl, allowedOrigins);
  return {
    baseUrl,
    apiKey: settings.apiKey,
    // The twin answers locally: no need to pace requests to it.
    paceMs: demo ? 0 : settings.paceMs,
    demo,
    allowedOrigins,
    problem:
      problem &&
      `The API address in the settings is not used. ${problem.message} Until it is changed, ` +
        `Citescope uses ${baseUrl}.`,
  };
}
