// Paging through a paper's whole citation or reference list: follow `next` until it is absent,
// `max` is reached or the API's paging cap, deduplicating by paperId across pages and keeping
// every unresolved entry.
import type { CitationLink, LinkPage, PaperId } from '../domain/paper';
import { BadRequestError, SchemaError } from './errors';
import type { LinkList, ListAllOptions } from './types';

/** The API refuses a `limit` above this on /citations and /references (documented). */
export const LINK_PAGE_LIMIT = 1000;

/**
 * Paging ends near 10,000 entries per list (reported, "won't fix"): `offset + limit` must stay
 * below 10,000, so the last reachable entry has offset 9,998.
 */
export const LINK_PAGING_CAP = 9_999;

export type FetchLinkPage = (offset: number, limit: number) => Promise<LinkPage>;

// A page of 1,000 neighbours with abstracts and citation contexts can pass the API's 10 MB
// answer limit ("Response would exceed maximum size"); a smaller page then succeeds.
const isTooLarge = (error: unknown): boolean =>
  error instanceof BadRequestError && /maximum size/i.test(error.apiMessage);

export async function collectLinks(
  fetchPage: FetchLinkPage,
  options: Omit<ListAllOptions, 'signal'> = {},
): Promise<LinkList> {
  const { max = Number.POSITIVE_INFINITY, onPage, onProgress, resume } = options;
  let pageSize = options.pageSize ?? LINK_PAGE_LIMIT;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > LINK_PAGE_LIMIT) {
    throw new RangeError(`pageSize must be an integer from 1 to ${LINK_PAGE_LIMIT}.`);
  }
  if (!(max >= 0)) throw new RangeError('max must not be negative.');

  const links: CitationLink[] = [...(resume?.links ?? [])];
  const seen = new Set<PaperId>();
  for (const link of links) if (link.paper.id !== null) seen.add(link.paper.id);
  let duplicatesRemoved = resume?.duplicatesRemoved ?? 0;
  let requests = 0;
  let offset = resume ? resume.next : 0;
  if (offset === null) return result(resume?.truncated ?? false, null);

  while (links.length < max) {
    if (offset >= LINK_PAGING_CAP) return result(true, null);
    const limit = Math.min(pageSize, LINK_PAGING_CAP - offset, max - links.length);
    let page: LinkPage;
    try {
      requests += 1;
      page = await fetchPage(offset, limit);
    } catch (error) {
      if (!isTooLarge(error) || limit === 1) throw error;
      pageSize = Math.ceil(limit / 2);
      continue;
    }

    const fresh: CitationLink[] = [];
    let cutShort = false;
    for (const link of page.links) {
      if (links.length + fresh.length >= max) {
        cutShort = true;
        break;
      }
      const id = link.paper.id;
      if (id !== null && seen.has(id)) {
        duplicatesRemoved += 1;
        continue;
      }
      if (id !== null) seen.add(id);
      fresh.push(link);
    }
    links.push(...fresh);
    onPage?.({ offset: page.offset, next: page.next, links: fresh });
    onProgress?.(result(page.next !== null, page.next));

    // Cut short inside a page: continuing would need the page again, so it counts as the end.
    if (links.length >= max)
      return result(cutShort || page.next !== null, cutShort ? null : page.next);
    if (page.next === null) return result(false, null);
    if (page.next <= offset) {
      throw new SchemaError({
        detail: `the list's next page (${page.next}) does not come after this one (${offset})`,
      });
    }
    offset = page.next;
  }
  // Reached when `max` is already met (0, or a resumed list as long as `max`).
  return result(true, offset);

  function result(truncated: boolean, next: number | null): LinkList {
    return { links: [...links], duplicatesRemoved, truncated, requests, next };
  }
}
