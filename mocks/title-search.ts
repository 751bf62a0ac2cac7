// The twin's title matching: simple, case-insensitive and deterministic. It is not the real
// relevance ranking; it only has to find our synthetic titles the way a user would type them.
import type { WirePaper } from './wire-types';

export function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Every query token occurs in the title (the last one may be a prefix, for type-ahead). */
export function titleMatches(
  queryTokens: readonly string[],
  title: string,
  prefixLast = false,
): boolean {
  if (queryTokens.length === 0) return false;
  const titleTokens = tokens(title);
  return queryTokens.every((token, i) =>
    prefixLast && i === queryTokens.length - 1
      ? titleTokens.some((word) => word.startsWith(token))
      : titleTokens.includes(token),
  );
}

/** Most cited first, then by title and id, so pages are stable. */
export function byCitations(a: WirePaper, b: WirePaper): number {
  // Plain code-unit order, not localeCompare: pages must not depend on the machine's locale.
  const byText = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  return (
    b.citationCount - a.citationCount || byText(a.title, b.title) || byText(a.paperId, b.paperId)
  );
}

/**
 * A score for /paper/search/match: the share of query tokens in the title, plus the overlap of
 * both token sets, scaled like the real (unbounded) matchScore. 0 means no match worth returning.
 */
export function matchScore(query: string, title: string): number {
  const queryTokens = new Set(tokens(query));
  const titleTokens = new Set(tokens(title));
  if (queryTokens.size === 0) return 0;
  const shared = [...queryTokens].filter((token) => titleTokens.has(token)).length;
  const coverage = shared / queryTokens.size;
  if (coverage < 0.75) return 0;
  const jaccard = shared / new Set([...queryTokens, ...titleTokens]).size;
  return Math.round((80 * coverage + 40 * jaccard) * 1000) / 1000;
}

export type YearFilter = (year: number | null) => boolean;

/** `2019`, `2015-2020`, `2015-` or `-2010` (documented forms); null when malformed. */
export function parseYearFilter(raw: string | null): YearFilter | null {
  if (raw === null || raw === '') return () => true;
  const match = /^(\d{4})?(-)?(\d{4})?$/.exec(raw.trim());
  if (!match || (!match[1] && !match[3]) || (match[1] && match[3] && !match[2])) return null;
  const from = match[1] ? Number(match[1]) : -Infinity;
  const to = match[2] ? (match[3] ? Number(match[3]) : Infinity) : from;
  return (year) => year !== null && year >= from && year <= to;
}

/** `Surname et al., 2019` as /paper/autocomplete shows it (documented example form). */
export function authorsYear(paper: WirePaper): string {
  const first = paper.authors?.[0]?.name.split(' ').pop();
  const who =
    first === undefined ? '' : (paper.authors?.length ?? 0) > 1 ? `${first} et al.` : first;
  return [who, paper.year ?? ''].filter((part) => part !== '').join(', ');
}
