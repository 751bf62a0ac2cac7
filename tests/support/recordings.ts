// Real Semantic Scholar responses (see ../shared/s2/PROVENANCE.md), read at test time by the
// contract tests and never copied into this repository.
//
// Where: `../shared/s2/recorded` next to the repository root. The environment variable
// `S2_RECORDINGS_DIR` points the contract tests elsewhere (resolved against the repository root):
// at a newer set of recordings, or at a folder that does not exist to see the suites skip.
//
// Two kinds of file: YAML cassettes (`interactions: [{request, response}]`, the response status as
// `status.code` or `status_code`, its body as `body.string` or `content`) and single JSON bodies.
// A cassette that does not have that structure fails loudly instead of being half read.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { TwinEndpoint } from '../../mocks/handler-context';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const recordingsDir = path.resolve(
  repoRoot,
  process.env.S2_RECORDINGS_DIR ?? path.join('..', 'shared', 's2', 'recorded'),
);
/** The folder as the messages name it: relative to the repository root. */
const RECORDINGS_LABEL = path.relative(repoRoot, recordingsDir);
export const SKIP_MESSAGE =
  `recorded responses not found at ${RECORDINGS_LABEL} — ` + 'contract tests skipped';

export function recordingsAvailable(): boolean {
  return existsSync(recordingsDir);
}

let announced = false;

/**
 * `describe`, or when the recordings are absent one visibly skipped test named by the skip
 * message (and the message on the console, once per test file): a missing folder must never
 * look like a pass.
 */
export function describeRecorded(name: string, body: () => void): void {
  if (recordingsAvailable()) {
    describe(name, body);
    return;
  }
  if (!announced) console.info(SKIP_MESSAGE);
  announced = true;
  describe(name, () => {
    it.skip(SKIP_MESSAGE, () => undefined);
  });
}

/** Every file in the folder, sorted. */
export function listRecordingFiles(): string[] {
  return readdirSync(recordingsDir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .sort();
}

export interface RecordedInteraction {
  readonly file: string;
  /** Position in the cassette, from 0. */
  readonly index: number;
  readonly method: string;
  readonly url: URL;
  readonly requestBody: string | null;
  readonly status: number;
  /** Lower-case header names; repeated values joined with ", ". */
  readonly headers: Readonly<Record<string, string>>;
  readonly rawBody: string;
  /** The body parsed as JSON; null when it is not JSON. */
  readonly body: unknown;
}

const cassetteSchema = z.object({
  interactions: z
    .array(
      z.object({
        request: z.object({
          method: z.string().regex(/^[A-Z]+$/),
          uri: z.url(),
          // An empty body is no body.
          body: z
            .string()
            .nullish()
            .transform((text) => (text === '' || text === undefined ? null : text)),
        }),
        response: z
          .object({
            status: z.object({ code: z.number().int() }).optional(),
            status_code: z.number().int().optional(),
            headers: z.record(z.string(), z.array(z.string())).optional(),
            body: z.object({ string: z.string() }).optional(),
            content: z.string().optional(),
          })
          .refine((r) => (r.status === undefined) !== (r.status_code === undefined), {
            message: 'needs exactly one of status.code and status_code',
          })
          .refine((r) => (r.body === undefined) !== (r.content === undefined), {
            message: 'needs exactly one of body.string and content',
          }),
      }),
    )
    .min(1),
});

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Reads one cassette's text; throws naming the file and the first problem if it is malformed. */
export function parseCassette(file: string, text: string): RecordedInteraction[] {
  const result = cassetteSchema.safeParse(parseYaml(text));
  if (!result.success) {
    throw new Error(`${file} is not a readable cassette:\n${z.prettifyError(result.error)}`);
  }
  return result.data.interactions.map(({ request, response }, index) => {
    const rawBody = response.body?.string ?? response.content ?? '';
    const headers = Object.fromEntries(
      Object.entries(response.headers ?? {}).map(([name, values]) => [
        name.toLowerCase(),
        values.join(', '),
      ]),
    );
    return {
      file,
      index,
      method: request.method,
      url: new URL(request.uri),
      requestBody: request.body,
      status: response.status?.code ?? response.status_code ?? 0,
      headers,
      rawBody,
      body: parseJson(rawBody),
    };
  });
}

const cassettes = new Map<string, RecordedInteraction[]>();

export function loadCassette(file: string): RecordedInteraction[] {
  let interactions = cassettes.get(file);
  if (!interactions) {
    interactions = parseCassette(file, readFileSync(path.join(recordingsDir, file), 'utf8'));
    cassettes.set(file, interactions);
  }
  return interactions;
}

const cassetteFiles = (): string[] => listRecordingFiles().filter((file) => /\.ya?ml$/.test(file));

export function loadJsonBody(file: string): unknown {
  return JSON.parse(readFileSync(path.join(recordingsDir, file), 'utf8')) as unknown;
}

/** `json[key]` when `json` is an object, else undefined. */
export const field = (json: unknown, key: string): unknown =>
  typeof json === 'object' && json !== null && !Array.isArray(json)
    ? (json as Record<string, unknown>)[key]
    : undefined;

/** The array under `key` (`data` by default), or `json` itself when `key` is null; else []. */
export function itemsOf(json: unknown, key: string | null = 'data'): unknown[] {
  const value = key === null ? json : field(json, key);
  return Array.isArray(value) ? (value as unknown[]) : [];
}

/** A short name for test titles: file, position, method, path and status. */
export function describeInteraction(interaction: RecordedInteraction): string {
  const { file, index, method, url, status } = interaction;
  const query = url.search.length > 60 ? `${url.search.slice(0, 57)}…` : url.search;
  return `${file} #${index}: ${method} ${decodeURIComponent(url.pathname)}${query} → ${status}`;
}

/** The API endpoints Citescope calls: the ones the twin serves. */
export type UsedEndpoint = TwinEndpoint;

export type Route =
  | {
      readonly kind: 'used';
      readonly endpoint: UsedEndpoint;
      /**
       * The Graph API base of the request, e.g. `https://host/graph/v1`; for recommendations the
       * one beside them (`…/recommendations/v1` → `…/graph/v1`), as the client is configured.
       */
      readonly base: string;
      /** The paper id in the path (percent-decoded), for the per-paper endpoints. */
      readonly pathId: string | null;
    }
  | { readonly kind: 'out-of-scope'; readonly reason: string }
  | { readonly kind: 'unknown' };

/** Why a recording is not checked: the endpoints Citescope never calls. */
export const OUT_OF_SCOPE = {
  authors: 'author endpoints: Citescope shows author names from paper records only',
  bulk: 'bulk search: Citescope pages relevance search, never the token-paged bulk search',
} as const;

/** Which endpoint a recorded request went to, and whether Citescope uses it. */
export function routeOf(method: string, url: URL): Route {
  const pathname = decodeURIComponent(url.pathname);
  const api = /^(.*?\/(graph|recommendations)\/v\d+)(\/.*)$/.exec(pathname);
  if (!api?.[1] || !api[3]) return { kind: 'unknown' };
  const base = `${url.origin}${api[1].replace(/\/recommendations\/v\d+$/, '/graph/v1')}`;
  const rest = api[3];
  const used = (endpoint: UsedEndpoint, pathId: string | null = null): Route => ({
    kind: 'used',
    endpoint,
    base,
    pathId,
  });
  if (api[2] === 'recommendations') {
    const forPaper = /^\/papers\/forpaper\/(.+)$/.exec(rest);
    if (method === 'GET' && forPaper?.[1]) return used('recommendations-forpaper', forPaper[1]);
    if (method === 'POST' && /^\/papers\/?$/.test(rest)) return used('recommendations-papers');
    return { kind: 'unknown' };
  }
  if (rest.startsWith('/author/')) return { kind: 'out-of-scope', reason: OUT_OF_SCOPE.authors };
  if (method === 'POST') return rest === '/paper/batch' ? used('batch') : { kind: 'unknown' };
  if (method !== 'GET') return { kind: 'unknown' };
  if (rest === '/paper/search') return used('search');
  if (rest === '/paper/search/match') return used('match');
  if (rest === '/paper/search/bulk') return { kind: 'out-of-scope', reason: OUT_OF_SCOPE.bulk };
  if (rest === '/paper/autocomplete') return used('autocomplete');
  const perPaper = /^\/paper\/(.+?)(?:\/(citations|references|authors))?$/.exec(rest);
  if (!perPaper?.[1]) return { kind: 'unknown' };
  const sub = perPaper[2];
  if (sub === 'authors') return { kind: 'out-of-scope', reason: OUT_OF_SCOPE.authors };
  return used(sub === 'citations' || sub === 'references' ? sub : 'paper', perPaper[1]);
}

export interface RoutedInteraction {
  readonly interaction: RecordedInteraction;
  readonly route: Route;
}

/** Every cassette interaction with its route, in file order. */
export function allInteractions(): RoutedInteraction[] {
  return cassetteFiles().flatMap((file) =>
    loadCassette(file).map((interaction) => ({
      interaction,
      route: routeOf(interaction.method, interaction.url),
    })),
  );
}

/**
 * The JSON type of a value, recursively: objects by their keys, arrays by their first non-null
 * element (a batch answer may start with null; `items` is null when there is no such element).
 */
export type Shape =
  | 'null'
  | 'string'
  | 'number'
  | 'boolean'
  | { readonly items: Shape | null }
  | { readonly keys: Readonly<Record<string, Shape>> };

export function shapeOf(json: unknown): Shape {
  if (json === null) return 'null';
  if (Array.isArray(json)) {
    const first: unknown = json.find((item) => item !== null);
    return { items: first === undefined ? null : shapeOf(first) };
  }
  if (typeof json === 'string' || typeof json === 'number' || typeof json === 'boolean') {
    return typeof json === 'string' ? 'string' : typeof json === 'number' ? 'number' : 'boolean';
  }
  if (typeof json === 'object') {
    return { keys: Object.fromEntries(Object.entries(json).map(([k, v]) => [k, shapeOf(v)])) };
  }
  throw new TypeError(`not a JSON value: ${typeof json}`);
}

const kind = (shape: Shape): string =>
  typeof shape === 'string' ? shape : 'items' in shape ? 'array' : 'object';

/**
 * Where `actual` differs from `expected`, as readable lines (none when they agree). Null agrees
 * with any type, either way round: the API and the twin both send null for unknown values. Keys
 * must be the same, except inside the objects named in `open`, whose keys depend on the data
 * (which external ids a paper has, which journal facts are known): there only the shared keys
 * are compared.
 */
export function shapeDifferences(
  expected: Shape,
  actual: Shape,
  open: ReadonlySet<string> = new Set(),
  where = '$',
): string[] {
  if (expected === 'null' || actual === 'null') return [];
  if (kind(expected) !== kind(actual)) {
    return [`${where}: ${kind(expected)} recorded, ${kind(actual)} answered`];
  }
  if (typeof expected === 'string' || typeof actual === 'string') return [];
  if ('items' in expected && 'items' in actual) {
    if (expected.items === null || actual.items === null) return [];
    return shapeDifferences(expected.items, actual.items, open, `${where}[]`);
  }
  if (!('keys' in expected) || !('keys' in actual)) return [];
  const isOpen = open.has(where.split('.').pop() ?? '');
  const found: string[] = [];
  for (const [key, shape] of Object.entries(expected.keys)) {
    const other = actual.keys[key];
    if (other) found.push(...shapeDifferences(shape, other, open, `${where}.${key}`));
    else if (!isOpen) found.push(`${where}: key "${key}" recorded, missing from the answer`);
  }
  if (!isOpen) {
    for (const key of Object.keys(actual.keys)) {
      if (!(key in expected.keys)) found.push(`${where}: key "${key}" answered, not recorded`);
    }
  }
  return found;
}
