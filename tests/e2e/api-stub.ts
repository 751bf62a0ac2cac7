// A stand-in for the Semantic Scholar API on loopback, for journeys through a production build:
// a real HTTP server (so the browser's network, CORS and offline mode apply) that answers with
// the twin's handlers over the offline sample, and notes every request it receives.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import { createS2Handlers } from '../../mocks/s2-handlers';
import { createSampleDataset } from '../../mocks/sample';

export interface ApiStub {
  /** The base URL to build the app against, e.g. http://127.0.0.1:41234/graph/v1. */
  readonly baseUrl: string;
  /** Path and query of every request received (preflights excluded), in order. */
  readonly requests: readonly string[];
  close(): Promise<void>;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST',
  'access-control-allow-headers': 'accept, content-type, x-api-key',
  'access-control-expose-headers': 'retry-after',
};

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startApiStub(): Promise<ApiStub> {
  const requests: string[] = [];
  let handlers: ReturnType<typeof createS2Handlers> = [];
  let origin = '';

  const answer = async (request: IncomingMessage, response: ServerResponse) => {
    if (request.method === 'OPTIONS') {
      response.writeHead(204, CORS).end();
      return;
    }
    const path = request.url ?? '/';
    requests.push(path);
    const body = request.method === 'POST' ? (await readBody(request)).toString('utf8') : undefined;
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === 'string') headers.set(name, value);
    }
    const mocked = await getResponse(
      handlers,
      new Request(new URL(path, origin), { method: request.method ?? 'GET', headers, body }),
    );
    const answered = mocked ?? new Response('No such endpoint', { status: 404 });
    response.writeHead(answered.status, {
      ...Object.fromEntries(answered.headers),
      ...CORS,
    });
    response.end(Buffer.from(await answered.arrayBuffer()));
  };

  const server = createServer((request, response) => {
    answer(request, response).catch(() => {
      response.writeHead(500, CORS).end();
    });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const baseUrl = `${origin}/graph/v1`;
  handlers = createS2Handlers(createSampleDataset(), { baseUrl });
  return {
    baseUrl,
    requests,
    close: () =>
      new Promise<void>((closed, failed) => {
        server.closeAllConnections();
        server.close((error) => (error ? failed(error) : closed()));
      }),
  };
}
