// `npm run lab` as two people meet it, in Chromium: the app built for the lab, served by nginx in
// front of an upstream answering with the API twin. Two fresh browser profiles open the same
// paper; the second is served from the shared cache, so the upstream sees one person's requests,
// each carrying the lab's key and paced to its rate. No policy violation, and the key is in
// nothing either browser receives.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_CENTRE_ID } from '../../mocks/sample';
import { contentSecurityPolicy } from '../../scripts/content-security-policy';
import { findNginx } from '../../scripts/lab/nginx-process';
import {
  startLabOverTwin,
  visitAsNewUser,
  waitUntilOpened,
  type LabOverTwin,
} from '../lab/lab-over-twin';
import { launchChromium } from './browser';

const NGINX = findNginx(process.env);
const SKIP_MESSAGE = 'nginx is not installed: the lab journey is skipped (apt-get install nginx).';
const KEY = 'lab-journey-key-77d2';
const RATE = 4;

if (NGINX === null) {
  console.info(SKIP_MESSAGE);
  describe('a lab', () => {
    it.skip(SKIP_MESSAGE, () => undefined);
  });
} else {
  const nginx = NGINX;
  let lab: LabOverTwin;
  let browser: Browser;
  beforeAll(async () => {
    lab = await startLabOverTwin(nginx, { apiKey: KEY, rate: RATE });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
    await lab.stop();
  });

  describe('a lab', () => {
    it('serves a second person the same paper from its cache, with one key and no policy violation', async () => {
      const query = `/?paper=${SAMPLE_CENTRE_ID}`;
      const first = await visitAsNewUser(browser, lab.origin, query);
      await waitUntilOpened(first.page);
      const upstreamAfterFirst = lab.upstream.requests.length;
      expect(upstreamAfterFirst).toBeGreaterThan(0);
      expect(first.apiRequests.length).toBeGreaterThanOrEqual(upstreamAfterFirst);

      const second = await visitAsNewUser(browser, lab.origin, query);
      await waitUntilOpened(second.page);
      // The second person asked as much as the first, and the upstream heard none of it.
      expect(second.apiRequests.length).toBeGreaterThanOrEqual(first.apiRequests.length);
      expect(lab.upstream.requests.length).toBe(upstreamAfterFirst);
      expect(second.cacheStatuses.every((status) => status === 'HIT')).toBe(true);
      expect(await second.page.locator('#root').textContent()).toBe(
        await first.page.locator('#root').textContent(),
      );

      // Every upstream request carried the key, and they kept the rate.
      const upstream = lab.upstream.requests;
      expect(upstream.every((request) => request.headers['x-api-key'] === KEY)).toBe(true);
      const times = upstream.map((request) => request.at).sort((a, b) => a - b);
      const span = (times.at(-1) ?? 0) - (times[0] ?? 0);
      expect(span).toBeGreaterThanOrEqual((times.length - 1) * (1000 / RATE) * 0.8);

      // The policy is the build's, sent as a header too, and nothing broke it.
      const response = await second.page.request.get(lab.origin);
      expect(response.headers()['content-security-policy']).toBe(contentSecurityPolicy([]));
      const meta = await second.page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .getAttribute('content');
      expect(meta).toBe(contentSecurityPolicy([]));
      expect([...first.errors, ...second.errors]).toEqual([]);
      // zod probes for eval with a `new Function` it catches: the policy refuses it, silently in
      // the console but as a report to the page. Any other violation fails here.
      const violations = [...first.violations, ...second.violations];
      expect(violations.filter((v) => !v.startsWith('script-src eval '))).toEqual([]);

      // The key is in nothing either browser received, and Settings does not ask for one.
      for (const text of [...(await first.received()), ...(await second.received())]) {
        expect(text).not.toContain(KEY);
      }
      await second.page.getByRole('button', { name: 'Settings' }).click();
      const dialog = second.page.getByRole('dialog');
      await expect.poll(() => dialog.textContent()).toContain('proxy holds the Semantic Scholar');
      expect(await dialog.getByLabel('Semantic Scholar API key').count()).toBe(0);

      await first.close();
      await second.close();
    });
  });
}
