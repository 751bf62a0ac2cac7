// A stand-in for the Semantic Scholar API behind the lab proxy: a real HTTP server on loopback
// that notes every request it receives (headers, body and when it arrived) and answers through
// a function the test chooses; `twinAnswers()` answers with the API twin over the offline sample.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { getResponse } from 'msw';
import { createS2Handlers } from '../../mocks/s2-handlers';
import { createSampleDataset } from '../../mocks/sample';

export interface UpstreamRequest {
  readonly method: string;
  /** Path and query, as received. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** performance.now() when it arrived. */
  readonly at: number;
}

export type Answer = (request: Request) => Promise<Response> | Response;

export interface UpstreamStub {
  /** Its origin, e.g. http://127.0.0.1:41234: what S2_UPSTREAM names. */
  readonly origin: string;
  readonly requests: readonly UpstreamRequest[];
  /** Answers from now on with `answer`. */
  answerWith(answer: Answer): void;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startUpstreamStub(first: Answer): Promise<UpstreamStub> {
  const requests: UpstreamRequest[] = [];
  let answer = first;
  let origin = '';

  const server = createServer((incoming, outgoing) => {
    const at = performance.now();
    void readBody(incoming)
      .then(async (body) => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(incoming.headers)) {
          if (typeof value === 'string') headers[name] = value;
        }
        const method = incoming.method ?? 'GET';
        const url = incoming.url ?? '/';
        requests.push({ method, url, headers, body, at });
        const hasBody = method !== 'GET' && method !== 'HEAD';
        const response = await answer(
          new Request(new URL(url, origin), {
            method,
            headers,
            body: hasBody ? body : undefined,
          }),
        );
        outgoing.writeHead(response.status, Object.fromEntries(response.headers));
        outgoing.end(Buffer.from(await response.arrayBuffer()));
      })
      .catch(() => {
        outgoing.writeHead(500).end();
      });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    answerWith: (next) => {
      answer = next;
    },
    close: () =>
      new Promise<void>((closed, failed) => {
        server.closeAllConnections();
        server.close((error) => (error ? failed(error) : closed()));
      }),
  };
}

/** The API twin over the offline sample, answering as Semantic Scholar at `origin`. */
export function twinAnswers(origin: () => string): Answer {
  let handlers: ReturnType<typeof createS2Handlers> | null = null;
  return async (request) => {
    handlers ??= createS2Handlers(createSampleDataset(), { baseUrl: `${origin()}/graph/v1` });
    return (
      (await getResponse(handlers, request)) ?? new Response('No such endpoint', { status: 404 })
    );
  };
}
