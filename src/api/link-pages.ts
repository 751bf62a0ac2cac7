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
  const { max = Number.POSITIVE_INFINITY, onPage } = options;
  let pageSize = options.pageSize ?? LINK_PAGE_LIMIT;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > LINK_PAGE_LIMIT) {
    throw new RangeError(`pageSize must be an integer from 1 to ${LINK_PAGE_LIMIT}.`);
  }
  if (!(max >= 0)) throw new RangeError('max must not be negative.');

  const seen = new Set<PaperId>();
  const links: CitationLink[] = [];
  let duplicatesRemoved = 0;
  let requests = 0;
  let offset = 0;

  while (links.length < max) {
    if (offset >= LINK_PAGING_CAP) return result(true);
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

    if (links.length >= max) return result(cutShort || page.next !== null);
    if (page.next === null) return result(false);
    if (page.next <= offset) {
      throw new SchemaError({
        detail: `the list's next page (${page.next}) does not come after this one (${offset})`,
      });
    }
    offset = page.next;
  }
  // Only reached when `max` is 0.
  return result(true);

  function result(truncated: boolean): LinkList {
    return { links, duplicatesRemoved, truncated, requests };
  }
}
