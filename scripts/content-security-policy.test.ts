import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, DEFAULT_API_ORIGIN, originOf } from './content-security-policy';

describe('the Content-Security-Policy', () => {
  it('allows scripts from the app only and connections to the app and the API origin', () => {
    const policy = contentSecurityPolicy('https://proxy.example');
    const directives = new Map(
      policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)] as const),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'", 'https://proxy.example']);
    expect(directives.get('object-src')).toEqual(["'none'"]);
  });

  it('takes the origin of the configured base URL, or the public API', () => {
    expect(originOf('https://proxy.example:8443/s2/graph/v1')).toBe('https://proxy.example:8443');
    expect(originOf(undefined)).toBe(DEFAULT_API_ORIGIN);
    expect(() => originOf('not a url')).toThrow(/VITE_S2_API_URL/);
  });
});
