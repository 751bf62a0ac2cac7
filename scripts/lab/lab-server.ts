// One lab proxy: its configuration written into a fresh temporary folder, nginx started on it in
// the foreground, and stopped (folder removed) on request. `npm run lab`, its tests and the
// measuring script all start it here.
import type { ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeNginxConfig, type NginxLayout } from './nginx-config.ts';
import { startNginx, stopNginx, waitUntilListening } from './nginx-process.ts';

export interface LabServer {
  /** The folder holding the configuration, logs, socket and (by default) the cache. */
  readonly prefix: string;
  readonly process: ChildProcess;
  stop(): Promise<void>;
}

export type LabServerLayout = Omit<NginxLayout, 'prefix'>;

export async function startLabServer(
  nginx: string,
  layout: LabServerLayout,
  stdio: 'inherit' | 'pipe' = 'pipe',
): Promise<LabServer> {
  const prefix = mkdtempSync(join(tmpdir(), 'citescope-lab-'));
  // nginx started by root runs its workers as another user: they must reach the cache, temporary
  // files and socket in here, while the configuration (which may hold the key) stays private.
  chmodSync(prefix, 0o711);
  writeNginxConfig({ ...layout, prefix });
  const process = startNginx(nginx, prefix, stdio);
  const stop = async () => {
    await stopNginx(process);
    rmSync(prefix, { recursive: true, force: true });
  };
  const [host, port] = listenAddress(layout);
  try {
    await waitUntilListening(process, host, port);
  } catch (error) {
    await stop();
    throw error;
  }
  return { prefix, process, stop };
}

function listenAddress(layout: LabServerLayout): [string, number] {
  const listen = layout.listen ?? String(layout.port);
  const match = /^(?:(.+):)?(\d+)$/.exec(listen);
  return [match?.[1] ?? '127.0.0.1', Number(match?.[2] ?? layout.port)];
}

/** A loopback port free a moment ago, for tests and measurements. */
export function freePort(): Promise<number> {
  return new Promise((found, failed) => {
    const server = createServer();
    server.once('error', failed);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => found(port));
    });
  });
}
