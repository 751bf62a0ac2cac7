// Contract: the real client, fed the recorded Semantic Scholar answers through a `fetch` stub,
// pages, maps and fails the way those answers demand. The stub answers a request only with the
// recording whose method, path, named query parameters and body match; the recorded `fields`
// need only be a subset of ours (a recording asked for fewer fields than we do). Any other
// request is refused and reported.
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  describeRecorded,
  loadCassette,
  routeOf,
  type RecordedInteraction,
} from '../../tests/support/recordings';
import { createS2Client } from './client';
import { BadRequestError, NotFoundError } from './errors';

type Param = 'offset' | 'limit' | 'fields' | 'query' | 'year' | 'from';

interface Replay {
  readonly fetch: typeof fetch;
  readonly served: RecordedInteraction[];
  readonly unmatched: string[];
}

const fieldSet = (value: string | null): string[] => (value ?? '').split(',').filter(Boolean);

function matches(recorded: RecordedInteraction, request: Request, body: string, params: Param[]) {
  const url = new URL(request.url);
  if (request.method !== recorded.method) return false;
  if (decodeURIComponent(url.pathname) !== decodeURIComponent(recorded.url.pathname)) return false;
  for (const name of params) {
    const ours = url.searchParams.get(name);
    const theirs = recorded.url.searchParams.get(name);
    if (name === 'fields') {
      const asked = new Set(fieldSet(ours));
      if (!fieldSet(theirs).every((field) => asked.has(field))) return false;
    } else if (ours !== theirs) return false;
  }
  if (recorded.requestBody === null) return body === '';
  return isDeepStrictEqual(JSON.parse(body), JSON.parse(recorded.requestBody));
}

function replay(recordings: readonly RecordedInteraction[], params: Param[]): Replay {
  const served: RecordedInteraction[] = [];
  const unmatched: string[] = [];
  const stub: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const body = await request.text();
    const found = recordings.find((recorded) => matches(recorded, request, body, params));
    if (!found) {
      unmatched.push(`${request.method} ${request.url} ${body}`);
      throw new TypeError(`no recording answers ${request.method} ${request.url}`);
    }
    served.push(found);
    const contentType = found.headers['content-type'] ?? 'application/json';
    return new Response(found.rawBody, {
      status: found.status,
      headers: { 'content-type': contentType },
    });
  };
  return { fetch: stub, served, unmatched };
}

/**
 * A client over the replay of a cassette's requests to endpoints we use, talking to the API base
 * they were recorded against.
 */
function clientFor(file: string, params: Param[]) {
  const recordings = loadCassette(file).filter(
    (recorded) => routeOf(recorded.method, recorded.url).kind === 'used',
  );
  const first = recordings[0];
  if (!first) throw new Error(`${file} holds no interaction`);
  const route = routeOf(first.method, first.url);
  if (route.kind !== 'used') throw new Error(`${file} starts with an endpoint we do not use`);
  const replayed = replay(recordings, params);
  const client = createS2Client({
    baseUrl: route.base,
    apiKey: null,
    scheduler: { minIntervalMs: 0, maxRetries: 0 },
    fetch: replayed.fetch,
  });
  return { ...replayed, client, first, pathId: route.pathId ?? '', recordings };
}

const pageFacts = z.looseObject({
  next: z.number().optional(),
  total: z.number().optional(),
  data: z.array(z.unknown()).optional(),
});
const facts = (recorded: RecordedInteraction) => pageFacts.parse(recorded.body);
/** Recorded list entries whose paper has no paperId. */
const unresolvedIn = (pages: RecordedInteraction[], key: 'citingPaper' | 'citedPaper'): number =>
  pages
    .flatMap((page) => facts(page).data ?? [])
    .filter((item) => z.object({ [key]: z.object({ paperId: z.null() }) }).safeParse(item).success)
    .length;
const paperIds = z.array(z.looseObject({ paperId: z.string() }).nullable());

describeRecorded('the client replaying recorded answers', () => {
  describe('lists', () => {
    it('pages 1,881 citations in 19 requests of 100 and stops where `next` is absent', async () => {
      const replayed = clientFor('test_get_paper_citations.yaml', ['offset', 'limit', 'fields']);
      const list = await replayed.client.getAllLinks(replayed.pathId, 'citations', {
        pageSize: 100,
      });
      expect(replayed.unmatched).toEqual([]);
      expect(list.links).toHaveLength(1_881);
      expect(list).toMatchObject({ requests: 19, truncated: false, duplicatesRemoved: 0 });
      expect(replayed.served).toEqual(replayed.recordings);
      expect(facts(replayed.recordings.at(-1)!).next).toBeUndefined();
      const unresolved = unresolvedIn(replayed.recordings, 'citingPaper');
      expect(unresolved).toBeGreaterThan(0);
      expect(list.links.filter((link) => link.paper.id === null)).toHaveLength(unresolved);
    });

    it('pages references 50 at a time, as recorded', async () => {
      const replayed = clientFor('test_get_paper_references.yaml', ['offset', 'limit', 'fields']);
      const list = await replayed.client.getAllLinks(replayed.pathId, 'references', {
        pageSize: 50,
      });
      expect(replayed.unmatched).toEqual([]);
      expect(replayed.served.map(({ url }) => url.searchParams.get('offset'))).toEqual(['0', '50']);
      const recorded = replayed.recordings.flatMap((page) => facts(page).data ?? []);
      expect(list.links).toHaveLength(recorded.length);
      expect(list).toMatchObject({ requests: 2, truncated: false });
      const unresolved = unresolvedIn(replayed.recordings, 'citedPaper');
      expect(list.links.filter((link) => link.paper.id === null)).toHaveLength(unresolved);
    });
  });

  describe('papers', () => {
    it('reads a paper asked for by a bare DOI', async () => {
      const replayed = clientFor('test_get_paper.yaml', ['fields']);
      const paper = await replayed.client.getPaper(replayed.pathId);
      expect(paper.id).toBe(z.object({ paperId: z.string() }).parse(replayed.first.body).paperId);
    });

    it('keeps a batch in input order, with null where the API knows no paper', async () => {
      for (const file of ['test_get_papers.yaml', 'test_get_papers_not_found_warning.yaml']) {
        const replayed = clientFor(file, []);
        const { ids } = z
          .object({ ids: z.array(z.string()) })
          .parse(JSON.parse(replayed.first.requestBody ?? ''));
        const papers = await replayed.client.getPapers(ids);
        expect(replayed.unmatched).toEqual([]);
        const recorded = paperIds.parse(replayed.first.body);
        expect(papers.map((paper) => paper?.id ?? null)).toEqual(
          recorded.map((paper) => paper?.paperId ?? null),
        );
      }
    });
  });

  describe('search', () => {
    const files = [
      'test_empty_paginated_results.yaml',
      'test_search_paper.yaml',
      'test_search_paper_next_page.yaml',
      'test_search_paper_with_relevance_and_sort.yaml',
      'test_search_paper_year.yaml',
      'test_search_paper_year_range.yaml',
    ];
    it.each(files)('%s: every recorded page maps, with its total and next', async (file) => {
      const replayed = clientFor(file, ['query', 'offset', 'limit', 'year', 'fields']);
      for (const recorded of replayed.recordings) {
        const param = (name: string) => recorded.url.searchParams.get(name) ?? undefined;
        const result = await replayed.client.search(param('query') ?? '', {
          offset: Number(param('offset') ?? 0),
          limit: Number(param('limit') ?? 100),
          year: param('year'),
        });
        const { total, next, data = [] } = facts(recorded);
        expect(result).toMatchObject({ total, next: next ?? null });
        expect(result.papers).toHaveLength(data.length);
      }
      expect(replayed.unmatched).toEqual([]);
    });

    it('an empty search is total 0 and no papers', async () => {
      const replayed = clientFor('test_empty_paginated_results.yaml', ['query', 'offset', 'limit']);
      const query = replayed.first.url.searchParams.get('query') ?? '';
      const result = await replayed.client.search(query);
      expect(result).toEqual({ total: 0, offset: 0, next: null, papers: [] });
    });

    it('a title match is a paper', async () => {
      const replayed = clientFor('test_search_paper_match_title.yaml', ['query', 'fields']);
      const paper = await replayed.client.matchTitle(
        replayed.first.url.searchParams.get('query') ?? '',
      );
      expect(replayed.unmatched).toEqual([]);
      const [best] = paperIds.parse(
        z.object({ data: z.unknown() }).parse(replayed.first.body).data,
      );
      expect(paper?.id).toBe(best?.paperId);
    });
  });

  describe('recommendations', () => {
    it('asks beside the Graph API by a bare DOI and maps every recommended paper', async () => {
      const replayed = clientFor('test_get_recommended_papers.yaml', ['limit', 'fields', 'from']);
      const papers = await replayed.client.recommendForPaper(replayed.pathId, { from: 'recent' });
      expect(replayed.unmatched).toEqual([]);
      const recorded = z
        .object({ recommendedPapers: paperIds })
        .parse(replayed.first.body)
        .recommendedPapers.map((paper) => paper?.paperId);
      expect(recorded.length).toBeGreaterThan(0);
      expect(papers.map((paper) => paper.id)).toEqual(recorded);
    });
  });

  describe('errors', () => {
    it('an unknown id is a NotFoundError', async () => {
      const replayed = clientFor('test_not_found.yaml', []);
      await expect(replayed.client.getPaper(replayed.pathId)).rejects.toBeInstanceOf(NotFoundError);
      expect(replayed.served).toEqual([replayed.first]);
    });

    it('a refused request is a BadRequestError carrying the recorded message', async () => {
      const replayed = clientFor('test_bad_query_parameters.yaml', []);
      const { error } = z.object({ error: z.string() }).parse(replayed.first.body);
      const failure = replayed.client.getPaper(replayed.pathId);
      await expect(failure).rejects.toBeInstanceOf(BadRequestError);
      await expect(failure).rejects.toHaveProperty('apiMessage', error);
    });
  });
});
