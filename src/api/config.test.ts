import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_S2_BASE_URL, InvalidBaseUrlError, parseBaseUrl, resolveBaseUrl } from './config';

describe('parseBaseUrl', () => {
  it('accepts http and https URLs and trims trailing slashes', () => {
    expect(parseBaseUrl('https://api.example.org/graph/v1///')).toBe(
      'https://api.example.org/graph/v1',
    );
    expect(parseBaseUrl(' http://127.0.0.1:8080/ ')).toBe('http://127.0.0.1:8080');
  });

  it.each(['ftp://example.org/graph', 'example.org/graph/v1', 'not a url', 'https://x.org/?a=1'])(
    'refuses %s',
    (value) => {
      expect(() => parseBaseUrl(value)).toThrow(InvalidBaseUrlError);
    },
  );
});

describe('resolveBaseUrl', () => {
  it('prefers the runtime override, then the build-time value, then the public API', () => {
    expect(resolveBaseUrl('https://mirror.example/v1/', 'https://build.example/v1')).toBe(
      'https://mirror.example/v1',
    );
    expect(resolveBaseUrl(null, 'https://build.example/v1/')).toBe('https://build.example/v1');
    expect(resolveBaseUrl(undefined, undefined)).toBe(DEFAULT_S2_BASE_URL);
    expect(resolveBaseUrl('  ', '')).toBe(DEFAULT_S2_BASE_URL);
  });

  it('reports an invalid value and falls back to the next one', () => {
    const onInvalid = vi.fn<(error: InvalidBaseUrlError) => void>();
    expect(resolveBaseUrl('ftp://nope', 'https://build.example/v1', onInvalid)).toBe(
      'https://build.example/v1',
    );
    expect(resolveBaseUrl('nope', 42, onInvalid)).toBe(DEFAULT_S2_BASE_URL);
    expect(onInvalid).toHaveBeenCalledTimes(2);
    expect(onInvalid.mock.calls[0]?.[0]).toBeInstanceOf(InvalidBaseUrlError);
  });
});
