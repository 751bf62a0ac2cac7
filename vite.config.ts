import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { cspPlugin } from './scripts/content-security-policy.ts';

// The app shell's service worker (docs/decisions/0005-service-workers.md): the built shell is
// precached so the app opens offline; API answers are never cached here (the query cache in
// IndexedDB owns them). src/main.tsx registers it, in the live app of a production build only.
const appShell = () =>
  VitePWA({
    injectRegister: false,
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg}'],
      // The sample's worker and its copy of the page are the twin's, not the shell's.
      globIgnores: ['mockServiceWorker.js', 'demo/**'],
      navigateFallback: 'index.html',
      runtimeCaching: [],
      cleanupOutdatedCaches: true,
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    },
  });

/** The page again at demo/index.html, so any static server serves the sample's place. */
const demoPage = (): Plugin => ({
  name: 'citescope-demo-page',
  apply: 'build',
  enforce: 'post',
  generateBundle(_, bundle) {
    const page = bundle['index.html'];
    if (page?.type !== 'asset') return;
    this.emitFile({ type: 'asset', fileName: 'demo/index.html', source: page.source });
  },
});

// `npm run demo` and the end-to-end build use their own modes (see .env.demo and .env.e2e);
// the plain build talks to the live API (or to VITE_S2_API_URL). A build that is only the sample
// has no live app to install: the twin's worker has the whole site there.
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const demoBuild = env.VITE_DEMO === 'true';
  return {
    plugins: [react(), cspPlugin(env), ...(demoBuild ? [] : [appShell(), demoPage()])],
    resolve: {
      // citation-js imports this Node-only module; the app gives it the browser's fetch instead,
      // in the dev server, its dependency bundling and the build alike (see native-fetch.ts).
      alias: [
        {
          find: /^node-fetch$/,
          replacement: fileURLToPath(
            new URL('./src/features/export/native-fetch.ts', import.meta.url),
          ),
        },
      ],
    },
    server: { host: '127.0.0.1', port: 5173 },
    preview: { host: '127.0.0.1', port: 4173 },
    build: { target: 'es2022', sourcemap: true },
  };
});
