// The lab's build of the app: VITE_LAB=true (the API at the page's own origin, no key in the
// browser, a policy connecting to itself only), in an out folder of its own. Built again only
// when the sources are newer than the last build, or it was not a lab build.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];

export interface LabBuildOptions {
  /** Also expose Cytoscape as window.__cy (the end-to-end journey reads the graph from it). */
  readonly exposeCy?: boolean;
  readonly force?: boolean;
}

/** Builds into `outDir` if needed; resolves true when it built. */
export async function buildLabApp(outDir: string, options: LabBuildOptions = {}): Promise<boolean> {
  if (!options.force && isCurrent(outDir)) return false;
  const saved = { lab: process.env.VITE_LAB, expose: process.env.VITE_EXPOSE_CY };
  // Vite reads VITE_ variables from the process environment as well as from .env files.
  process.env.VITE_LAB = 'true';
  process.env.VITE_EXPOSE_CY = options.exposeCy ? 'true' : '';
  try {
    await build({ mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    restore('VITE_LAB', saved.lab);
    restore('VITE_EXPOSE_CY', saved.expose);
  }
  return true;
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) Reflect.deleteProperty(process.env, name);
  else process.env[name] = value;
}

function isCurrent(outDir: string): boolean {
  const page = join(outDir, 'index.html');
  if (!existsSync(page)) return false;
  // A lab build's page lets it connect to its own origin only (the quotes may be escaped).
  if (!/connect-src (?:'|&#39;)self(?:'|&#39;);/.test(readFileSync(page, 'utf8'))) return false;
  const built = statSync(page).mtimeMs;
  return SOURCES.every((source) => !existsSync(source) || newest(source) <= built);
}

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (latest, name) => Math.max(latest, newest(join(path, name))),
    stat.mtimeMs,
  );
}
