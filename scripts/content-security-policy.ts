// The Content-Security-Policy of the built app: scripts from the app itself only, connections
// to itself and the configured Semantic Scholar API origin, nothing embedded from elsewhere.
// Written into index.html as a meta tag at build time (the dev server needs inline scripts for
// hot reloading, so it gets none).
import type { Plugin } from 'vite';

export const DEFAULT_API_ORIGIN = 'https://api.semanticscholar.org';

export function contentSecurityPolicy(apiOrigin: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `connect-src 'self' ${apiOrigin}`,
    "img-src 'self' data: blob:",
    // React and Cytoscape set style properties from script; no style sheets come from elsewhere.
    "style-src 'self' 'unsafe-inline'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The origin of a base URL such as `https://proxy.example/s2/graph/v1`. */
export function originOf(baseUrl: string | undefined): string {
  if (!baseUrl) return DEFAULT_API_ORIGIN;
  try {
    return new URL(baseUrl).origin;
  } catch {
    throw new Error(`VITE_S2_API_URL is not a URL: ${baseUrl}`);
  }
}

export function cspPlugin(apiBaseUrl: string | undefined): Plugin {
  const policy = contentSecurityPolicy(originOf(apiBaseUrl));
  return {
    name: 'citescope-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
  };
}
