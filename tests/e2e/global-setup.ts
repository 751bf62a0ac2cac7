import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

// Builds the app in `e2e` mode (API twin in the browser, Cytoscape exposed as window.__cy)
// and serves it on loopback for the journeys in tests/e2e.
const OUT_DIR = 'dist-e2e';

let server: PreviewServer | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await build({ mode: 'e2e', logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
  server = await preview({
    mode: 'e2e',
    logLevel: 'warn',
    build: { outDir: OUT_DIR },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address.');
  project.provide('baseUrl', url);
  return async () => {
    await server?.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
