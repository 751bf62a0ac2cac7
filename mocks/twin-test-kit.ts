// Test helpers for suites that talk to the twin with plain `fetch`: one server per suite, unknown
// requests fail the test, and per-test overrides are reset after each test.
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { TwinDataset } from './dataset';
import { createTwinServer } from './node';
import { S2_BASE_URL, type S2HandlerOptions } from './s2-handlers';

export interface TwinResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

export interface TwinTestKit {
  readonly server: ReturnType<typeof createTwinServer>;
  /** GET `path` (relative to the API base, e.g. `/paper/x?fields=title`) and parse the JSON. */
  get(path: string): Promise<TwinResponse>;
  post(path: string, body: unknown): Promise<TwinResponse>;
}

async function read(response: Response): Promise<TwinResponse> {
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/** Registers the suite's lifecycle hooks; call at the top level of a test file. */
export function useTwinServer(
  dataset: () => TwinDataset,
  options: S2HandlerOptions = {},
): TwinTestKit {
  const base = options.baseUrl ?? S2_BASE_URL;
  let server: ReturnType<typeof createTwinServer> | undefined;
  const current = (): ReturnType<typeof createTwinServer> => {
    if (!server) throw new Error('The twin server starts in beforeAll');
    return server;
  };
  beforeAll(() => {
    server = createTwinServer(dataset(), options);
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterEach(() => server?.resetHandlers());
  afterAll(() => server?.close());
  return {
    get server() {
      return current();
    },
    get: async (path) => read(await fetch(`${base}${path}`)),
    post: async (path, body) =>
      read(
        await fetch(`${base}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
      ),
  };
}
