// The lab proxy's settings, read from the environment `npm run lab` runs in. Each one is checked
// here, with a message naming the variable, because its value is written into nginx's
// configuration: nothing unchecked may reach that file.
import { CitescopeError } from '../../src/domain/errors.ts';
import { parseHttpUrl } from '../../src/domain/web-address.ts';

export const DEFAULT_UPSTREAM = 'https://api.semanticscholar.org';

export interface LabOptions {
  readonly port: number;
  /** The API's origin, e.g. https://api.semanticscholar.org (paths are kept as the browser sent them). */
  readonly upstream: string;
  readonly apiKey: string | null;
  /** Upstream requests per second. */
  readonly rate: number;
  /** Where the shared cache lives; null for a folder of its own beside the configuration. */
  readonly cacheDir: string | null;
  /** nginx's size syntax: 512m, 2g … */
  readonly cacheSize: string;
}

export class LabSettingError extends CitescopeError {
  readonly code = 'lab-setting';
  readonly variable: string;

  constructor(variable: string, reason: string) {
    super(`${variable}: ${reason}`);
    this.variable = variable;
  }
}

type Environment = Readonly<Record<string, string | undefined>>;

const given = (env: Environment, name: string): string | null => {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? null : value;
};

export function readLabOptions(env: Environment): LabOptions {
  return {
    port: readPort(given(env, 'LAB_PORT') ?? '8080'),
    upstream: readUpstream(given(env, 'S2_UPSTREAM') ?? DEFAULT_UPSTREAM),
    apiKey: readKey(given(env, 'S2_API_KEY')),
    rate: readRate(given(env, 'S2_RATE') ?? '1'),
    cacheDir: given(env, 'LAB_CACHE_DIR'),
    cacheSize: readSize(given(env, 'LAB_CACHE_SIZE') ?? '1g'),
  };
}

function readPort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65_535) {
    throw new LabSettingError('LAB_PORT', `“${value}” is not a port number (1 to 65535).`);
  }
  return port;
}

function readUpstream(value: string): string {
  let url: URL;
  try {
    url = parseHttpUrl(value);
  } catch (error) {
    throw new LabSettingError('S2_UPSTREAM', error instanceof Error ? error.message : 'invalid');
  }
  // Without a path nginx passes each request's address upstream exactly as the browser wrote it
  // (a DOI's slashes, encoded query words); a path would make it rewrite them.
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || /[?#]/.test(value)) {
    throw new LabSettingError(
      'S2_UPSTREAM',
      `“${value}” is not an origin: give scheme, host and port only, e.g. ${DEFAULT_UPSTREAM}.`,
    );
  }
  return url.origin;
}

function readKey(value: string | null): string | null {
  if (value === null) return null;
  // Keys are short tokens; anything else could break out of the configuration's quotes.
  if (!/^[A-Za-z0-9._~+/=-]{1,200}$/.test(value)) {
    throw new LabSettingError(
      'S2_API_KEY',
      'holds characters an API key does not have (letters, digits and . _ ~ + / = - only).',
    );
  }
  return value;
}

function readRate(value: string): number {
  const rate = Number(value);
  // nginx counts whole requests per minute at the finest.
  if (!/^\d+(\.\d+)?$/.test(value) || !(rate * 60 >= 1)) {
    throw new LabSettingError(
      'S2_RATE',
      `“${value}” is not a rate: give requests per second, e.g. 1 or 0.5 (at least 1 a minute).`,
    );
  }
  return rate;
}

function readSize(value: string): string {
  if (!/^[1-9]\d*[kmg]?$/i.test(value)) {
    throw new LabSettingError('LAB_CACHE_SIZE', `“${value}” is not a size such as 512m or 2g.`);
  }
  return value;
}
