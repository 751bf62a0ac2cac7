// Fills the templates in deploy/ with a lab's settings and writes nginx's configuration into one
// folder. The Content-Security-Policy is the build's own (scripts/content-security-policy.ts),
// for a page that connects to its own origin only.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy } from '../content-security-policy.ts';
import type { LabOptions } from './lab-options.ts';

const DEPLOY = fileURLToPath(new URL('../../deploy/', import.meta.url));

/** The certificate authorities nginx checks an https upstream against (Debian's bundle). */
export const DEFAULT_CA_FILE = '/etc/ssl/certs/ca-certificates.crt';

export interface NginxLayout extends LabOptions {
  /** The folder the configuration, pid, socket and temporary files go in (absolute). */
  readonly prefix: string;
  /** The built app (absolute). */
  readonly root: string;
  /** `8080` listens on every address; tests give `127.0.0.1:<port>`. */
  readonly listen?: string;
  readonly accessLog?: string;
  readonly errorLog?: string;
  /** How long answers are kept: nginx times (1d, 1h, 2s). Tests shorten them. */
  readonly keep200?: string;
  readonly keep404?: string;
  readonly caFile?: string;
}

/** Requests waiting beyond this many seconds' worth are answered 429 with Retry-After. */
const QUEUE_SECONDS = 120;

export function contentSecurityPolicyHeader(): string {
  return contentSecurityPolicy([]);
}

/** nginx rates are whole requests per second or per minute. */
export function nginxRate(perSecond: number): string {
  return Number.isInteger(perSecond) ? `${perSecond}r/s` : `${Math.round(perSecond * 60)}r/m`;
}

const cacheFolder = (layout: NginxLayout): string =>
  layout.cacheDir ?? join(layout.prefix, 'cache');

export function templateValues(layout: NginxLayout): Record<string, string> {
  const burst = Math.max(10, Math.ceil(layout.rate * QUEUE_SECONDS));
  const https = layout.upstream.startsWith('https:');
  return {
    PREFIX: layout.prefix,
    ROOT: layout.root,
    LISTEN: layout.listen ?? String(layout.port),
    ACCESS_LOG: layout.accessLog ?? join(layout.prefix, 'access.log'),
    ERROR_LOG: layout.errorLog ?? 'stderr',
    CACHE_DIR: cacheFolder(layout),
    CACHE_SIZE: layout.cacheSize,
    RATE: nginxRate(layout.rate),
    BURST: String(burst),
    RETRY_AFTER: String(Math.max(1, Math.ceil(10 / layout.rate))),
    UPSTREAM_WAIT: `${Math.ceil(burst / layout.rate) + 60}s`,
    UPSTREAM: layout.upstream,
    UPSTREAM_TLS: https
      ? `proxy_ssl_verify on;\n      proxy_ssl_trusted_certificate ${layout.caFile ?? DEFAULT_CA_FILE};`
      : '',
    API_KEY: layout.apiKey ?? '',
    CSP: contentSecurityPolicyHeader(),
    VALID_200: layout.keep200 ?? '1d',
    VALID_404: layout.keep404 ?? '1h',
  };
}

export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{([A-Z0-9_]+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`The template names {{${name}}}, which has no value.`);
    return value;
  });
}

const TEMPLATES = ['nginx.conf', 'api-cache.conf', 'security-headers.conf'] as const;

/** Writes nginx.conf and the files it includes into `layout.prefix`; returns nginx.conf's path. */
export function writeNginxConfig(layout: NginxLayout): string {
  const values = templateValues(layout);
  mkdirSync(join(layout.prefix, 'temp'), { recursive: true });
  mkdirSync(cacheFolder(layout), { recursive: true });
  // The configuration may hold the key: readable by its owner only.
  for (const name of TEMPLATES) {
    const template = readFileSync(join(DEPLOY, `${name}.template`), 'utf8');
    writeFileSync(join(layout.prefix, name), fillTemplate(template, values), { mode: 0o600 });
  }
  writeFileSync(
    join(layout.prefix, 'mime-types.conf'),
    readFileSync(join(DEPLOY, 'mime-types.conf')),
  );
  return join(layout.prefix, 'nginx.conf');
}
