import { describe, expect, it } from 'vitest';
import { InvalidWebAddressError, parseHttpUrl } from './web-address';

const problemOf = (value: string): string | null => {
  try {
    parseHttpUrl(value);
    return null;
  } catch (error) {
    if (!(error instanceof InvalidWebAddressError)) throw error;
    return error.problem;
  }
};

describe('parseHttpUrl', () => {
  it('accepts http and https addresses, trimmed', () => {
    expect(parseHttpUrl(' https://api.example.org/graph/v1 ').href).toBe(
      'https://api.example.org/graph/v1',
    );
    expect(parseHttpUrl('http://127.0.0.1:8080/x?y=1#z').origin).toBe('http://127.0.0.1:8080');
  });

  it.each([
    ['not a url', 'not-a-url'],
    ['example.org/graph', 'not-a-url'],
    ['/graph/v1', 'not-a-url'],
    ['', 'not-a-url'],
    ['javascript:alert(1)', 'not-http'],
    ['JavaScript:alert(1)', 'not-http'],
    ['data:text/html,<b>x</b>', 'not-http'],
    ['ftp://example.org/x', 'not-http'],
    ['file:///etc/passwd', 'not-http'],
    ['https://user:secret@example.org/', 'credentials'],
    ['https://user@example.org/', 'credentials'],
  ])('refuses %s (%s)', (value, problem) => {
    expect(problemOf(value)).toBe(problem);
  });

  it('throws a typed, non-retryable error that names the value', () => {
    expect(() => parseHttpUrl('ftp://x')).toThrow(InvalidWebAddressError);
    try {
      parseHttpUrl('ftp://x');
    } catch (error) {
      expect(error).toMatchObject({ code: 'invalid-web-address', retryable: false });
      expect((error as Error).message).toContain('ftp://x');
    }
  });
});
