// The recommendations API of the twin, beside the Graph API (`…/graph/v1` → `…/recommendations/v1`,
// recorded). The real ranking is a model the twin cannot have; this one is deterministic so tests
// can assert exact lists: the papers citing most of the references the positive papers cite
// (bibliographic coupling with their union), ties by paperId, without the positive and negative
// papers themselves, top `limit`. A paper whose references nobody else cites gets
// `{"recommendedPapers": []}`, as some real papers do (reported, allenai/s2-folks#176).
// Messages: the unknown-id 404 and unknown-field 400 are the Graph API's recorded bodies; the
// POST body and limit messages are assumed by analogy.
import { http, type HttpHandler } from 'msw';
import { findPaper, type TwinDataset } from './dataset';
import { PAPER_FIELDS, parseFields, projectPaper } from './fields';
import type { HandlerContext } from './handler-context';
import { errorResponse, intParam, jsonResponse, messages } from './responses';
import type { WirePaper } from './wire-types';

export const RECOMMENDATION_DEFAULT_LIMIT = 100;
export const RECOMMENDATION_MAX_LIMIT = 500;

/** Paper fields without `tldr`, which users report these endpoints refuse. */
const RECOMMENDATION_FIELDS: ReadonlySet<string> = new Set(
  [...PAPER_FIELDS].filter((field) => field !== 'tldr'),
);
const POOLS = new Set(['recent', 'all-cs']);

const GRAPH_PATH = '/graph/v1';

/** Where the twin serves recommendations for a Graph API base, or null if it has no such base. */
export function twinRecommendationsBase(graphBaseUrl: string): string | null {
  return graphBaseUrl.endsWith(GRAPH_PATH)
    ? `${graphBaseUrl.slice(0, -GRAPH_PATH.length)}/recommendations/v1`
    : null;
}

/** Papers ranked by how many of the seeds' references they also cite. */
export function recommend(
  dataset: TwinDataset,
  positive: readonly WirePaper[],
  negative: readonly WirePaper[],
  limit: number,
): WirePaper[] {
  const seedReferences = new Set<string>();
  for (const paper of positive) {
    for (const entry of dataset.references.get(paper.paperId) ?? []) {
      if (entry.paperId !== null) seedReferences.add(entry.paperId);
    }
  }
  const excluded = new Set([...positive, ...negative].map((paper) => paper.paperId));
  const shared = new Map<string, number>();
  for (const referenceId of seedReferences) {
    // A citation list may repeat an entry (the API's quirk); count each citer once per reference.
    const citers = new Set((dataset.citations.get(referenceId) ?? []).map((e) => e.paperId));
    for (const citer of citers) {
      if (citer === null || excluded.has(citer)) continue;
      shared.set(citer, (shared.get(citer) ?? 0) + 1);
    }
  }
  return [...shared]
    .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit)
    .flatMap(([paperId]) => dataset.papers.get(paperId) ?? []);
}

interface Seeds {
  readonly positivePaperIds: string[];
  readonly negativePaperIds: string[];
}

function readSeeds(body: unknown): Seeds | null {
  if (typeof body !== 'object' || body === null) return null;
  const { positivePaperIds, negativePaperIds = [] } = body as Record<string, unknown>;
  const isIds = (value: unknown): value is string[] =>
    Array.isArray(value) && value.every((id) => typeof id === 'string');
  if (!isIds(positivePaperIds) || !isIds(negativePaperIds) || positivePaperIds.length === 0) {
    return null;
  }
  return { positivePaperIds, negativePaperIds };
}

const BAD_BODY =
  'Request body must be {"positivePaperIds": [...], "negativePaperIds": [...]} ' +
  'with at least one positive id';

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function recommendationHandlers(ctx: HandlerContext): HttpHandler[] {
  const base = twinRecommendationsBase(ctx.baseUrl);
  if (base === null) return [];
  const forPaperPrefix = `${new URL(base, 'http://twin.invalid').pathname}/papers/forpaper/`;

  /** The answer for found seeds, or the 400 the query parameters earn. */
  const answer = (params: URLSearchParams, positive: WirePaper[], negative: WirePaper[]) => {
    const fields = parseFields(params.get('fields'), RECOMMENDATION_FIELDS);
    if (!fields.ok) return errorResponse(400, messages.unknownFields(fields.unknown));
    const limit = intParam(params, 'limit', RECOMMENDATION_DEFAULT_LIMIT, 1);
    if (!limit.ok) return errorResponse(400, limit.error);
    if (limit.value > RECOMMENDATION_MAX_LIMIT) {
      return errorResponse(400, messages.limitTooLarge(RECOMMENDATION_MAX_LIMIT));
    }
    const papers = recommend(ctx.dataset, positive, negative, limit.value);
    return jsonResponse({ recommendedPapers: papers.map((p) => projectPaper(p, fields.fields)) });
  };

  return [
    http.get(`${base}/papers/forpaper/*`, async ({ request }) => {
      await ctx.observe('recommendations-forpaper', request);
      const url = new URL(request.url);
      const { pathname } = url;
      const id = decode(
        pathname.startsWith(forPaperPrefix) ? pathname.slice(forPaperPrefix.length) : '',
      );
      const paper = findPaper(ctx.dataset, id);
      if (!paper) return errorResponse(404, messages.paperNotFound(id));
      const from = url.searchParams.get('from');
      if (from !== null && !POOLS.has(from))
        return errorResponse(400, messages.badParam('from', from));
      return answer(url.searchParams, [paper], []);
    }),

    http.post(`${base}/papers`, async ({ request }) => {
      await ctx.observe('recommendations-papers', request);
      const seeds = readSeeds(await request.json().catch(() => null));
      if (!seeds) return errorResponse(400, BAD_BODY);
      const found = (ids: readonly string[]) =>
        ids.map((id) => [id, findPaper(ctx.dataset, id)] as const);
      const positive = found(seeds.positivePaperIds);
      const negative = found(seeds.negativePaperIds);
      const unknown = [...positive, ...negative].find(([, paper]) => paper === undefined);
      if (unknown) return errorResponse(404, messages.paperNotFound(unknown[0]));
      const papers = (list: typeof positive) => list.flatMap(([, paper]) => paper ?? []);
      return answer(new URL(request.url).searchParams, papers(positive), papers(negative));
    }),
  ];
}
