import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './scripts/content-security-policy.ts';

// `npm run demo` and the end-to-end build use their own modes (see .env.demo and .env.e2e);
// the plain build talks to the live API (or to VITE_S2_API_URL).
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  return {
    plugins: [react(), cspPlugin(env)],
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
