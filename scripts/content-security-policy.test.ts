import { describe, expect, it } from 'vitest';
import { readApiEnvironment } from '../src/api/api-origins';
import { contentSecurityPolicy, developmentPolicy } from './content-security-policy';

const directives = (policy: string) =>
  new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)] as const));

describe('the Content-Security-Policy', () => {
  it('allows scripts from the app only and connections to the app and the allowed origins', () => {
    const policy = directives(
      contentSecurityPolicy(['https://proxy.example', 'https://m.example']),
    );
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual([
      "'self'",
      'https://proxy.example',
      'https://m.example',
    ]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });

  it('connects to exactly the origins the app accepts API addresses on', () => {
    const { origins } = readApiEnvironment({
      VITE_S2_API_URL: 'https://proxy.example:8443/s2/graph/v1',
      VITE_S2_ALLOWED_ORIGINS: 'https://mirror.example',
    });
    expect(directives(contentSecurityPolicy(origins)).get('connect-src')).toEqual([
      "'self'",
      'https://proxy.example:8443',
      'https://mirror.example',
    ]);
    expect(
      directives(contentSecurityPolicy(readApiEnvironment({}).origins)).get('connect-src'),
    ).toEqual(["'self'", 'https://api.semanticscholar.org']);
  });

  it('gives the dev server the same connections, and its hot-reload socket', () => {
    expect(developmentPolicy(['https://api.semanticscholar.org'])).toBe(
      "connect-src 'self' https://api.semanticscholar.org ws: wss:",
    );
  });
});
