// `npm run lab`: Citescope for a lab or a library. Builds the app for a same-origin API if
// needed, writes nginx's configuration into a temporary folder and runs nginx in the foreground:
// the app, and the API behind one shared cache, one key and one pace (docs/deployment.md).
//   npm run lab                      serve (Ctrl-C stops)
//   npm run lab -- --rebuild         build the app again first
//   npm run lab -- --build-only      build the app (if needed) and stop: for container images
//   npm run lab -- measure [1,5,20]  the measured table in docs/deployment.md
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { buildLabApp } from './lab/build-app.ts';
import { LabSettingError, readLabOptions, type LabOptions } from './lab/lab-options.ts';
import { startLabServer } from './lab/lab-server.ts';
import { findNginx, INSTALL_HINT } from './lab/nginx-process.ts';

const OUT_DIR = 'dist-lab';

function addresses(port: number): string[] {
  const external = Object.values(networkInterfaces())
    .flatMap((entries) => entries ?? [])
    .filter((entry) => entry.family === 'IPv4' && !entry.internal)
    .map((entry) => `http://${entry.address}:${port}/`);
  return [`http://localhost:${port}/`, ...external];
}

function describe(options: LabOptions, cacheDir: string): string {
  return [
    `Citescope for a lab is served at ${addresses(options.port).join(' and ')}`,
    `  API: /graph/v1 and /recommendations/v1 → ${options.upstream}, at most ${options.rate} request(s) a second`,
    `  key: ${options.apiKey === null ? 'none (S2_API_KEY is not set: the public pool)' : 'S2_API_KEY, added upstream only'}`,
    `  cache: ${cacheDir} (up to ${options.cacheSize})`,
    '  Each request is logged below with its cache status (HIT, MISS, STALE…). Ctrl-C stops.',
  ].join('\n');
}

async function serve(args: readonly string[]): Promise<number> {
  let options: LabOptions;
  try {
    options = readLabOptions(process.env);
  } catch (error) {
    if (!(error instanceof LabSettingError)) throw error;
    console.error(error.message);
    return 2;
  }
  const nginx = findNginx(process.env);
  if (nginx === null) {
    console.error(INSTALL_HINT);
    return 1;
  }
  if (await buildLabApp(OUT_DIR, { force: args.includes('--rebuild') })) {
    console.log(`Built the app for the lab into ${OUT_DIR}/.`);
  }
  if (args.includes('--build-only')) return 0;
  const cacheDir = options.cacheDir === null ? null : resolve(options.cacheDir);
  const server = await startLabServer(
    nginx,
    { ...options, cacheDir, root: resolve(OUT_DIR), accessLog: '/dev/stdout' },
    'inherit',
  );
  console.log(describe(options, cacheDir ?? `${server.prefix}/cache (removed when it stops)`));
  return new Promise((finished) => {
    const stop = () => void server.stop().then(() => finished(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    // However this process ends, nginx must not outlive it.
    process.once('exit', () => server.process.kill('SIGTERM'));
    server.process.once('exit', (code) => finished(code ?? 1));
  });
}

const args = process.argv.slice(2);
const run =
  args[0] === 'measure'
    ? import('./lab/measure.ts').then((measure) => measure.main(args.slice(1)))
    : serve(args);
process.exitCode = await run;
