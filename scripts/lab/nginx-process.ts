// Finding Debian's nginx and running it in the foreground on a prepared configuration folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { connect } from 'node:net';
import { delimiter, join } from 'node:path';

// Debian installs nginx in /usr/sbin, which is not on an ordinary user's PATH.
const SYSTEM_FOLDERS = ['/usr/sbin', '/usr/local/sbin', '/usr/local/nginx/sbin'];

export const INSTALL_HINT =
  'nginx is not installed. On Debian or Ubuntu: sudo apt-get install nginx ' +
  '(or set NGINX to the nginx program to use).';

/** The nginx program: $NGINX, else the first `nginx` on PATH or in the system folders; null if none. */
export function findNginx(env: Readonly<Record<string, string | undefined>>): string | null {
  const candidates = env.NGINX
    ? [env.NGINX]
    : [...(env.PATH ?? '').split(delimiter), ...SYSTEM_FOLDERS]
        .filter((folder) => folder !== '')
        .map((folder) => join(folder, 'nginx'));
  return (
    candidates.find((path) => {
      try {
        accessSync(path, constants.X_OK);
        return true;
      } catch {
        return false;
      }
    }) ?? null
  );
}

/** Starts nginx in the foreground: no daemon, its error log on stderr. */
export function startNginx(
  nginx: string,
  prefix: string,
  stdio: 'inherit' | 'pipe' = 'pipe',
): ChildProcess {
  return spawn(
    nginx,
    ['-e', 'stderr', '-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'],
    { stdio: ['ignore', stdio, stdio] },
  );
}

/**
 * Resolves once `port` on `host` accepts connections; rejects when `process` exits first or
 * `timeoutMs` passes.
 */
export async function waitUntilListening(
  process: ChildProcess,
  host: string,
  port: number,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (process.exitCode !== null || process.signalCode !== null) {
      throw new Error(`nginx stopped at start (exit code ${String(process.exitCode)}).`);
    }
    if (await accepts(host, port)) return;
    if (Date.now() > deadline) throw new Error(`nginx did not listen on ${host}:${port}.`);
    await new Promise((retry) => setTimeout(retry, 50));
  }
}

function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((answer) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      answer(true);
    });
    socket.once('error', () => answer(false));
  });
}

/** Stops nginx and resolves when it has exited. */
export function stopNginx(process: ChildProcess): Promise<void> {
  if (process.exitCode !== null || process.signalCode !== null) return Promise.resolve();
  return new Promise((stopped) => {
    process.once('exit', () => stopped());
    process.kill('SIGTERM');
  });
}
