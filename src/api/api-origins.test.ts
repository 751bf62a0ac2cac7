import { describe, expect, it } from 'vitest';
import { allowedOriginsAt, InvalidApiSettingError, readApiEnvironment } from './api-origins';
import { DEFAULT_S2_BASE_URL } from './config';

describe('readApiEnvironment', () => {
  it('allows the public API when the build names none', () => {
    expect(readApiEnvironment({})).toEqual({
      baseUrl: DEFAULT_S2_BASE_URL,
      origins: ['https://api.semanticscholar.org'],
    });
    expect(readApiEnvironment({ VITE_S2_API_URL: ' ', VITE_S2_ALLOWED_ORIGINS: '' })).toEqual(
      readApiEnvironment({}),
    );
  });

  it('allows the build’s API origin, then the extra origins, each once', () => {
    expect(
      readApiEnvironment({
        VITE_S2_API_URL: 'https://proxy.example:8443/s2/graph/v1/',
        VITE_S2_ALLOWED_ORIGINS:
          ' https://mirror.example , http://127.0.0.1:8000/,,https://proxy.example:8443',
      }),
    ).toEqual({
      baseUrl: 'https://proxy.example:8443/s2/graph/v1',
      origins: ['https://proxy.example:8443', 'https://mirror.example', 'http://127.0.0.1:8000'],
    });
  });

  it.each([
    [{ VITE_S2_API_URL: 'not a url' }, 'VITE_S2_API_URL'],
    [{ VITE_S2_API_URL: 'https://x.example/v1?key=1' }, 'VITE_S2_API_URL'],
    [{ VITE_S2_ALLOWED_ORIGINS: 'https://ok.example,*' }, 'VITE_S2_ALLOWED_ORIGINS'],
    [{ VITE_S2_ALLOWED_ORIGINS: "https://a.example 'unsafe-eval'" }, 'VITE_S2_ALLOWED_ORIGINS'],
    [{ VITE_S2_ALLOWED_ORIGINS: 'https://a.example/only/this' }, 'VITE_S2_ALLOWED_ORIGINS'],
    [{ VITE_S2_ALLOWED_ORIGINS: 'https://a.example; script-src *' }, 'VITE_S2_ALLOWED_ORIGINS'],
  ])('stops on an unusable setting: %o', (env, variable) => {
    expect(() => readApiEnvironment(env)).toThrow(InvalidApiSettingError);
    expect(() => readApiEnvironment(env)).toThrow(new RegExp(`^${variable}: `));
  });
});

describe('allowedOriginsAt', () => {
  it('adds the page’s own origin, for a same-origin proxy', () => {
    expect(allowedOriginsAt('http://127.0.0.1:4173', ['https://api.semanticscholar.org'])).toEqual([
      'https://api.semanticscholar.org',
      'http://127.0.0.1:4173',
    ]);
    expect(allowedOriginsAt('https://a.example', ['https://a.example'])).toEqual([
      'https://a.example',
    ]);
  });

  it('adds nothing for an opaque origin', () => {
    expect(allowedOriginsAt('null', ['https://api.semanticscholar.org'])).toEqual([
      'https://api.semanticscholar.org',
    ]);
  });
});
