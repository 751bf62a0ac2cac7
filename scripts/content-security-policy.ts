// The Content-Security-Policy of the built app: scripts from the app itself only, connections
// to itself and the API origins this build allows, nothing embedded from elsewhere. The allowed
// origins come from the same function the app checks API addresses with (src/api/api-origins.ts),
// so a base URL the settings accept is one the page may connect to, and no other.
//
// The build writes the policy into index.html as a meta tag. The dev server cannot use that
// policy (hot reloading needs inline scripts), so it sends the connection rule alone as a
// header: requests the built app would refuse are refused in development too.
import type { Plugin } from 'vite';
import { readApiEnvironment, type ApiEnvironment } from '../src/api/api-origins.ts';

export function contentSecurityPolicy(apiOrigins: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    connectSrc(apiOrigins),
    "img-src 'self' data: blob:",
    // React and Cytoscape set style properties from script; no style sheets come from elsewhere.
    "style-src 'self' 'unsafe-inline'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The dev server's policy: connections only, plus the hot-reload socket. */
export function developmentPolicy(apiOrigins: readonly string[]): string {
  return `${connectSrc(apiOrigins)} ws: wss:`;
}

function connectSrc(apiOrigins: readonly string[]): string {
  return ["connect-src 'self'", ...apiOrigins].join(' ');
}

/**
 * `env` is the build's VITE_ environment (vite's loadEnv). An unusable VITE_S2_API_URL or
 * VITE_S2_ALLOWED_ORIGINS stops the build and the dev server alike, with the reason.
 */
export function cspPlugin(env: ApiEnvironment & { readonly VITE_LAB?: string }): Plugin {
  // A lab build (`npm run lab`) reaches the API through its own proxy, at its own origin only.
  const origins = env.VITE_LAB === 'true' ? [] : readApiEnvironment(env).origins;
  const policy = contentSecurityPolicy(origins);
  const development = developmentPolicy(origins);
  return {
    name: 'citescope-csp',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) =>
        context.server
          ? []
          : [
              {
                tag: 'meta',
                attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
                injectTo: 'head-prepend',
              },
            ],
    },
    configureServer(server) {
      // Pages only: a worker script served with it would get the policy too.
      server.middlewares.use((request, response, next) => {
        if (request.headers.accept?.includes('text/html')) {
          response.setHeader('Content-Security-Policy', development);
        }
        next();
      });
    },
  };
}
