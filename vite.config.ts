import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run demo` and the end-to-end build use their own modes (see .env.demo and .env.e2e);
// the plain build talks to the live API.
export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { target: 'es2022', sourcemap: true },
});
