// Paper identifiers in URL paths.

/**
 * A paper id as a path segment. The API reads `/` and `:` in ids literally: a DOI goes in as
 * `/paper/10.1093/mind/lix.236.433` (recorded), `CorpusId:123` and `URL:https://…` keep their
 * colons. Every other unsafe character (`?`, `#`, `%`, spaces, …) is percent-encoded so it
 * cannot end the path early.
 */
export function paperIdPath(id: string): string {
  const trimmed = id.trim();
  if (trimmed === '') throw new RangeError('A paper id cannot be empty.');
  // `.` and `..` segments would be resolved away by the URL parser and change the endpoint.
  if (trimmed.split('/').some((segment) => segment === '.' || segment === '..')) {
    throw new RangeError(`Not a paper id: ${id}`);
  }
  return encodeURIComponent(trimmed).replace(/%2F/gi, '/').replace(/%3A/gi, ':');
}
