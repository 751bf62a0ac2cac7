// Paging through a paper's whole citation or reference list: follow `next` until it is absent,
// `max` is reached or the API's paging cap. Entries seen before (earlier in the list, on an
// earlier page or in the resumed list) are dropped: resolved ones by paperId, unresolved ones by
// a fingerprint of title, year and first author. Unresolved entries without a title are all
// kept: there is nothing to tell them apart by.
import type { AnyPaper, CitationLink, LinkPage, PaperId } from '../domain/paper';
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
  const fingerprints = new Set<string>();
  const remember = (paper: AnyPaper) => {
    if (paper.id !== null) seen.add(paper.id);
    else {
      const print = fingerprint(paper);
      if (print !== null) fingerprints.add(print);
    }
  };
  const seenBefore = (paper: AnyPaper): boolean => {
    if (paper.id !== null) return seen.has(paper.id);
    const print = fingerprint(paper);
    return print !== null && fingerprints.has(print);
  };
  for (const link of links) remember(link.paper);
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

    // Checked before anything of the page is kept or published: a list that stops with a
    // `next` pointing back must not hold this page, or continuing would add it a second time.
    if (page.next !== null && page.next <= offset) {
      throw new SchemaError({
        detail: `the list's next page (${page.next}) does not come after this one (${offset})`,
      });
    }

    const fresh: CitationLink[] = [];
    let cutShort = false;
    for (const link of page.links) {
      if (links.length + fresh.length >= max) {
        cutShort = true;
        break;
      }
      if (seenBefore(link.paper)) {
        duplicatesRemoved += 1;
        continue;
      }
      remember(link.paper);
      fresh.push(link);
    }
    links.push(...fresh);
    onPage?.({ offset: page.offset, next: page.next, links: fresh });
    onProgress?.(result(page.next !== null, page.next));

    // Cut short inside a page: continuing would need the page again, so it counts as the end.
    if (links.length >= max)
      return result(cutShort || page.next !== null, cutShort ? null : page.next);
    if (page.next === null) return result(false, null);
    offset = page.next;
  }
  // Reached when `max` is already met (0, or a resumed list as long as `max`).
  return result(true, offset);

  function result(truncated: boolean, next: number | null): LinkList {
    return { links: [...links], duplicatesRemoved, truncated, requests, next };
  }
}

/**
 * Who an unresolved entry is, as far as its text tells: title, year and first author, with case,
 * accents, punctuation and spacing ignored. Null without a title: nothing to compare by.
 */
function fingerprint(paper: AnyPaper): string | null {
  const title = normalise(paper.title ?? '');
  if (title === '') return null;
  return [title, paper.year ?? '', normalise(paper.authors[0]?.name ?? '')].join('|');
}

function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
