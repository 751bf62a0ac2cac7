// Paging edge cases driven by a hand-made page source: what is kept and published when the API
// answers with a `next` that does not move on, and how a resumed list stays free of duplicates.
import { describe, expect, it } from 'vitest';
import type { CitationLink, LinkPage } from '../domain/paper';
import { link, paper, unresolvedLink } from '../test-support/papers';
import { SchemaError } from './errors';
import { collectLinks, type FetchLinkPage } from './link-pages';
import { rejection } from './test-doubles';
import type { LinkList } from './types';

/** 2,500 citations; the last 8 of every page of 1,000 are unresolved, each with its own title. */
const LIST: CitationLink[] = Array.from({ length: 2500 }, (_, index) =>
  index % 1000 >= 992
    ? unresolvedLink(`Unpublished note ${index}`, { year: 1990 })
    : link(paper(index + 1)),
);

/** Pages of LIST; `badNextOnce` answers that offset once with a `next` pointing at itself. */
function pages(badNextOnce?: number): FetchLinkPage {
  let bad = badNextOnce;
  return (offset, limit) => {
    const end = Math.min(LIST.length, offset + limit);
    const next = offset === bad ? offset : end < LIST.length ? end : null;
    if (offset === bad) bad = undefined;
    return Promise.resolve({ offset, next, links: LIST.slice(offset, end) } satisfies LinkPage);
  };
}

describe('a page whose next does not advance', () => {
  it('is neither kept nor published, so continuing loads it once', async () => {
    const published: LinkList[] = [];
    const error = await rejection(
      collectLinks(pages(2000), { onProgress: (list) => published.push(list) }),
    );
    expect(error).toBeInstanceOf(SchemaError);
    const last = published.at(-1);
    // What the UI holds after the failure: the two good pages, and where to go on from.
    expect(last?.links).toHaveLength(2000);
    expect(last?.next).toBe(2000);
    if (!last) return;
    // "Continue loading" resumes from the published list; the API now answers properly.
    const list = await collectLinks(pages(), { resume: last });
    expect(list.links).toHaveLength(2500);
    expect(list.duplicatesRemoved).toBe(0);
    expect(new Set(list.links.map((l) => l.paper.id ?? l.paper.title)).size).toBe(2500);
  });
});

describe('resuming a list', () => {
  it('drops entries the resumed list already has, unresolved ones included', async () => {
    const resume: LinkList = {
      links: LIST.slice(0, 1000),
      duplicatesRemoved: 0,
      truncated: true,
      requests: 1,
      // As if the list had stopped 10 entries early: the next page repeats the last 10.
      next: 990,
    };
    const list = await collectLinks(pages(), { resume });
    expect(list.links).toHaveLength(2500);
    expect(list.duplicatesRemoved).toBe(10);
  });
});
