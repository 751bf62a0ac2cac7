// The lab proxy (deploy/*.template, scripts/lab) in a real nginx on loopback, in front of an
// upstream stub that notes every request: the key is added upstream and never reaches the
// browser, identical requests are answered from the cache, upstream requests keep the rate, a
// stale answer covers for a 429, and the page's headers carry the policy.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../scripts/content-security-policy';
import { findNginx } from '../../scripts/lab/nginx-process';
import { freePort, startLabServer, type LabServer } from '../../scripts/lab/lab-server';
import { startUpstreamStub, type Answer, type UpstreamStub } from './upstream-stub';

const NGINX = findNginx(process.env);
const SKIP_MESSAGE =
  'nginx is not installed: the lab proxy tests are skipped (apt-get install nginx runs them).';

const KEY = 'lab-key-4f1c9e';
const RATE = 10;
// Long enough for a second request made at once to find the first answer, short enough to wait out.
const KEEP = 3;

/** An upstream that answers each path with its own body, and echoes the key as a careless one might. */
const echo: Answer = async (request) => {
  const url = new URL(request.url);
  if (url.pathname.endsWith('/missing')) return Response.json({ error: 'none' }, { status: 404 });
  const body = request.method === 'POST' ? await request.text() : '';
  return Response.json(
    { path: url.pathname + url.search, body, at: Date.now() },
    { headers: { 'x-api-key': request.headers.get('x-api-key') ?? '' } },
  );
};

let stub: UpstreamStub;
let proxy: LabServer;
let origin = '';
let site = '';
const received: { headers: string; body: string }[] = [];

/** A request from "the browser", keeping what came back to search for the key later. */
async function browserFetch(
  path: string,
  init: Omit<RequestInit, 'headers'> & { headers?: Record<string, string> } = {},
) {
  const response = await fetch(`${origin}${path}`, {
    ...init,
    headers: { 'x-api-key': 'key-the-browser-made-up', ...init.headers },
  });
  const body = await response.text();
  received.push({ headers: JSON.stringify(Array.from(response.headers.entries())), body });
  return { response, body };
}

const upstreamCalls = (path: string) => stub.requests.filter((r) => r.url === path).length;

if (NGINX === null) {
  console.info(SKIP_MESSAGE);
  describe('the lab proxy', () => {
    it.skip(SKIP_MESSAGE, () => undefined);
  });
} else {
  const nginx = NGINX;
  describe('the lab proxy', { timeout: 20_000 }, () => {
    beforeAll(async () => {
      stub = await startUpstreamStub(echo);
      site = mkdtempSync(join(tmpdir(), 'citescope-lab-site-'));
      // nginx's workers may run as another user: they must read the site.
      chmodSync(site, 0o755);
      mkdirSync(join(site, 'assets'));
      writeFileSync(join(site, 'index.html'), '<!doctype html><title>Citescope</title>');
      writeFileSync(join(site, 'assets', 'index-a1b2c3.js'), 'console.log(1);\n'.repeat(200));
      const port = await freePort();
      origin = `http://127.0.0.1:${port}`;
      proxy = await startLabServer(nginx, {
        port,
        listen: `127.0.0.1:${port}`,
        root: site,
        upstream: stub.origin,
        apiKey: KEY,
        rate: RATE,
        cacheDir: null,
        cacheSize: '16m',
        keep200: `${KEEP}s`,
        keep404: `${KEEP}s`,
      });
    });
    afterAll(async () => {
      await proxy.stop();
      await stub.close();
      rmSync(site, { recursive: true, force: true });
    });
    beforeEach(() => stub.answerWith(echo));

    it('adds the key upstream, replacing any key the browser sends', async () => {
      const { response } = await browserFetch('/graph/v1/paper/key-check?fields=title');
      expect(response.status).toBe(200);
      const asked = stub.requests.find((r) => r.url === '/graph/v1/paper/key-check?fields=title');
      expect(asked?.headers['x-api-key']).toBe(KEY);
    });

    it('answers a second identical GET from the cache', async () => {
      const path = '/graph/v1/paper/DOI:10.1/abc.2/citations?fields=title&offset=0&limit=100';
      const first = await browserFetch(path);
      const second = await browserFetch(path);
      expect(upstreamCalls(path)).toBe(1);
      expect(second.body).toBe(first.body);
      expect(first.response.headers.get('x-cache-status')).toBe('MISS');
      expect(second.response.headers.get('x-cache-status')).toBe('HIT');
    });

    it('answers a second identical batch POST from the cache, and a different body upstream', async () => {
      const path = '/graph/v1/paper/batch?fields=title';
      const post = (ids: string[]) =>
        browserFetch(path, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ ids }),
        });
      const first = await post(['a', 'b']);
      const again = await post(['a', 'b']);
      const other = await post(['a', 'c']);
      expect(again.body).toBe(first.body);
      expect(JSON.parse(other.body)).toMatchObject({ body: '{"ids":["a","c"]}' });
      expect(stub.requests.filter((r) => r.url === path).map((r) => r.body)).toEqual([
        '{"ids":["a","b"]}',
        '{"ids":["a","c"]}',
      ]);
    });

    it('keeps a 404 too', async () => {
      const path = '/graph/v1/paper/missing';
      expect((await browserFetch(path)).response.status).toBe(404);
      expect((await browserFetch(path)).response.status).toBe(404);
      expect(upstreamCalls(path)).toBe(1);
    });

    it('lets requests go upstream no faster than the rate, queued rather than refused', async () => {
      const paths = Array.from({ length: 6 }, (_, i) => `/graph/v1/paper/paced-${i}`);
      const answers = await Promise.all(paths.map((path) => browserFetch(path)));
      expect(answers.map((a) => a.response.status)).toEqual(paths.map(() => 200));
      const times = stub.requests
        .filter((r) => paths.includes(r.url))
        .map((r) => r.at)
        .sort((a, b) => a - b);
      expect(times).toHaveLength(paths.length);
      // Six requests at 10 a second span at least five intervals of 100 ms; allow nginx's
      // millisecond bookkeeping some slack, never the other way.
      const span = (times.at(-1) ?? 0) - (times[0] ?? 0);
      expect(span).toBeGreaterThanOrEqual((paths.length - 1) * (1000 / RATE) * 0.8);
    });

    it('serves the stale answer while the upstream answers 429', async () => {
      const path = '/recommendations/v1/papers/forpaper/stale-check?limit=5';
      const fresh = await browserFetch(path);
      stub.answerWith(() =>
        Response.json(
          { message: 'Too Many Requests' },
          { status: 429, headers: { 'retry-after': '5' } },
        ),
      );
      // Ask until the kept answer has expired and the proxy has gone upstream for a new one.
      let later = await browserFetch(path);
      const deadline = Date.now() + (KEEP + 10) * 1000;
      while (later.response.headers.get('x-cache-status') === 'HIT' && Date.now() < deadline) {
        await new Promise((wait) => setTimeout(wait, 250));
        later = await browserFetch(path);
      }
      expect(later.response.headers.get('x-cache-status')).toBe('STALE');
      expect(later.response.status).toBe(200);
      expect(later.body).toBe(fresh.body);
      expect(upstreamCalls(path)).toBeGreaterThanOrEqual(2);
    });

    it('passes a 429 and its Retry-After through when nothing is kept', async () => {
      stub.answerWith(() =>
        Response.json(
          { message: 'Too Many Requests' },
          { status: 429, headers: { 'retry-after': '7' } },
        ),
      );
      const { response } = await browserFetch('/graph/v1/paper/never-kept');
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('7');
    });

    it('sends the build’s Content-Security-Policy and security headers with the page', async () => {
      const { response } = await browserFetch('/');
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy([]));
      expect(response.headers.get('content-security-policy')).toContain("connect-src 'self';");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      // Any path of the app is the app (its URL holds the view).
      const deep = await browserFetch('/some/where?paper=1');
      expect(deep.body).toContain('<title>Citescope</title>');
    });

    it('keeps hashed assets a year, gzipped', async () => {
      const { response } = await browserFetch('/assets/index-a1b2c3.js', {
        headers: { 'accept-encoding': 'gzip' },
      });
      expect(response.headers.get('cache-control')).toContain('immutable');
      expect(response.headers.get('content-encoding')).toBe('gzip');
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy([]));
    });

    it('never lets the key reach the browser', () => {
      // Every answer of every test above (run in order), headers and bodies.
      expect(received.length).toBeGreaterThan(10);
      for (const { headers, body } of received) {
        expect(headers).not.toContain(KEY);
        expect(body).not.toContain(KEY);
      }
      expect(stub.requests.every((r) => r.headers['x-api-key'] === KEY)).toBe(true);
    });
  });
}
