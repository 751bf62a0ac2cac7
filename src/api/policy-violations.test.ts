import { describe, expect, it } from 'vitest';
import { watchPolicyViolations } from './policy-violations';

const violation = (blockedURI: string, effectiveDirective: string): Event =>
  Object.assign(new Event('securitypolicyviolation'), { blockedURI, effectiveDirective });

describe('watchPolicyViolations', () => {
  it('knows the origins whose connections the policy refused', async () => {
    const page = new EventTarget();
    const blocked = watchPolicyViolations(page, () => Promise.resolve());
    expect(await blocked('https://proxy.example/graph/v1/paper/x')).toBe(false);
    page.dispatchEvent(
      violation('https://proxy.example/graph/v1/paper/x?fields=title', 'connect-src'),
    );
    expect(await blocked('https://proxy.example/graph/v1/paper/y')).toBe(true);
    expect(await blocked('https://api.semanticscholar.org/graph/v1/paper/y')).toBe(false);
  });

  it('ignores what is not a refused connection', async () => {
    const page = new EventTarget();
    const blocked = watchPolicyViolations(page, () => Promise.resolve());
    page.dispatchEvent(violation('https://cdn.example/x.js', 'script-src-elem'));
    page.dispatchEvent(violation('inline', 'connect-src'));
    expect(await blocked('https://cdn.example/x.js')).toBe(false);
  });

  it('lets a task pass first, so a violation event already queued is counted', async () => {
    const page = new EventTarget();
    const blocked = watchPolicyViolations(page);
    // The browser has queued the event, but the refused fetch rejected first.
    setTimeout(() => page.dispatchEvent(violation('https://proxy.example', 'connect-src')), 0);
    expect(await blocked('https://proxy.example/x')).toBe(true);
  });
});
