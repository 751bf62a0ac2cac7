import { describe, expect, it } from 'vitest';
import { DEFAULT_S2_BASE_URL, InvalidBaseUrlError, parseBaseUrl, resolveBaseUrl } from './config';

const ALLOWED = ['https://api.semanticscholar.org', 'http://127.0.0.1:4173'];

const problemOf = (value: string): string | null => {
  try {
    parseBaseUrl(value, ALLOWED);
    return null;
  } catch (error) {
    if (!(error instanceof InvalidBaseUrlError)) throw error;
    return error.problem;
  }
};

describe('parseBaseUrl', () => {
  it('accepts an http(s) address on an allowed origin and trims trailing slashes', () => {
    expect(parseBaseUrl('https://api.semanticscholar.org/graph/v1///', ALLOWED)).toBe(
      'https://api.semanticscholar.org/graph/v1',
    );
    expect(parseBaseUrl(' http://127.0.0.1:4173/s2/graph/v1/ ', ALLOWED)).toBe(
      'http://127.0.0.1:4173/s2/graph/v1',
    );
    expect(parseBaseUrl('HTTPS://API.SEMANTICSCHOLAR.ORG', ALLOWED)).toBe(
      'https://api.semanticscholar.org',
    );
  });

  it.each([
    'ftp://api.semanticscholar.org/graph',
    'api.semanticscholar.org/graph/v1',
    'not a url',
    'javascript:alert(1)',
    'https://user:pw@api.semanticscholar.org/graph/v1',
    'https://api.semanticscholar.org/graph/v1?a=1',
    'https://api.semanticscholar.org/graph/v1?',
    'https://api.semanticscholar.org/graph/v1#x',
  ])('refuses %s as not a web address', (value) => {
    expect(problemOf(value)).toBe('not-a-web-address');
  });

  it.each([
    'https://proxy.example/graph/v1',
    'http://api.semanticscholar.org/graph/v1',
    'https://api.semanticscholar.org:8443/graph/v1',
    'http://127.0.0.1:4174/graph/v1',
    'http://localhost:4173/graph/v1',
  ])('refuses %s as outside the allowed origins', (value) => {
    expect(problemOf(value)).toBe('origin-not-allowed');
  });

  it('names the allowed origins and how to allow another', () => {
    let message = '';
    try {
      parseBaseUrl('https://proxy.example/graph/v1', ALLOWED);
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidBaseUrlError);
      expect(error).toMatchObject({ code: 'invalid-base-url', allowedOrigins: ALLOWED });
      message = (error as Error).message;
    }
    expect(message).toContain('https://api.semanticscholar.org, http://127.0.0.1:4173');
    expect(message).toContain('VITE_S2_ALLOWED_ORIGINS');
  });
});

describe('resolveBaseUrl', () => {
  it('uses the stored address when it passes, else the build’s', () => {
    expect(resolveBaseUrl('http://127.0.0.1:4173/s2/', DEFAULT_S2_BASE_URL, ALLOWED)).toEqual({
      baseUrl: 'http://127.0.0.1:4173/s2',
      problem: null,
    });
    expect(resolveBaseUrl(null, DEFAULT_S2_BASE_URL, ALLOWED)).toEqual({
      baseUrl: DEFAULT_S2_BASE_URL,
      problem: null,
    });
    expect(resolveBaseUrl('  ', DEFAULT_S2_BASE_URL, ALLOWED).problem).toBeNull();
  });

  it('returns a refused address as a problem to show and falls back to the build’s', () => {
    const resolved = resolveBaseUrl('https://elsewhere.example/v1', DEFAULT_S2_BASE_URL, ALLOWED);
    expect(resolved.baseUrl).toBe(DEFAULT_S2_BASE_URL);
    expect(resolved.problem).toBeInstanceOf(InvalidBaseUrlError);
    expect(resolved.problem?.problem).toBe('origin-not-allowed');
    expect(resolveBaseUrl('ftp://nope', DEFAULT_S2_BASE_URL, ALLOWED).problem?.problem).toBe(
      'not-a-web-address',
    );
  });
});
