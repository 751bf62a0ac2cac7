// The built app (e2e mode: the API twin in a service worker, Cytoscape exposed as window.__cy),
// served on loopback by Vite's preview server.
import { build, preview } from 'vite';

export interface Served {
  readonly url: string;
  close(): Promise<void>;
}

export async function buildApp(outDir: string): Promise<void> {
  await build({ mode: 'e2e', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

export async function serveApp(outDir: string): Promise<Served> {
  const server = await preview({
    mode: 'e2e',
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) {
    await server.close();
    throw new Error('The preview server did not report its address.');
  }
  return { url, close: () => server.close() };
}
