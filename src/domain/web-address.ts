// The one check for a web address that Citescope will fetch from or link to: an absolute http or
// https URL with no user name or password in it. Everything else (javascript:, data:, file:,
// relative paths, `https://user:secret@host`) is refused with a reason a person can act on.
import { CitescopeError } from './errors.ts';

export type WebAddressProblem = 'not-a-url' | 'not-http' | 'credentials';

export class InvalidWebAddressError extends CitescopeError {
  readonly code = 'invalid-web-address';
  readonly value: string;
  readonly problem: WebAddressProblem;

  constructor(value: string, problem: WebAddressProblem) {
    super(`“${value}” ${REASONS[problem]}`);
    this.value = value;
    this.problem = problem;
  }
}

const REASONS: Record<WebAddressProblem, string> = {
  'not-a-url': 'is not a web address: write it in full, starting with https:// or http://.',
  'not-http': 'is not a web address: only https:// and http:// addresses can be used.',
  credentials: 'has a user name or password in it, which Citescope never sends anywhere.',
};

/** Parses `value` (trimmed) as an http(s) URL; throws InvalidWebAddressError otherwise. */
export function parseHttpUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new InvalidWebAddressError(value, 'not-a-url');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InvalidWebAddressError(value, 'not-http');
  }
  if (url.username !== '' || url.password !== '') {
    throw new InvalidWebAddressError(value, 'credentials');
  }
  return url;
}
