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
  /**
   * Served by a lab's proxy (`npm run lab`, VITE_LAB=true): the API is at the page's own origin,
   * the proxy holds the key and paces the upstream, so the browser sends no key and no pace.
   * Absent: false.
   */
  readonly lab?: boolean;
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
  const lab = import.meta.env.VITE_LAB === 'true' && !demo;
  const { origin } = window.location;
  // The lab build's policy allows its own origin only (scripts/content-security-policy.ts).
  const build = lab
    ? { baseUrl: `${origin}/graph/v1`, origins: [] }
    : readApiEnvironment(import.meta.env);
  const allowedOrigins = allowedOriginsAt(origin, build.origins);
  const { baseUrl, problem } = resolveBaseUrl(settings.baseUrl, build.baseUrl, allowedOrigins);
  return {
    baseUrl,
    apiKey: lab ? null : settings.apiKey,
    // The twin answers locally, and the lab's proxy paces the upstream itself (its cache answers
    // at once): no need to pace requests to either.
    paceMs: demo ? 0 : lab ? (settings.paceMs ?? 0) : settings.paceMs,
    demo,
    lab,
    allowedOrigins,
    problem:
      problem &&
      `The API address in the settings is not used. ${problem.message} Until it is changed, ` +
        `Citescope uses ${baseUrl}.`,
  };
}
