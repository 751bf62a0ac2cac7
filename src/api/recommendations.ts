// Semantic Scholar's recommendations: papers like one paper (GET …/papers/forpaper/{id}) or like
// a set of papers and unlike another (POST …/papers with positive and negative ids). The API
// lives beside the Graph API (`…/graph/v1` → `…/recommendations/v1`, recorded), so its address
// is derived from the configured one and a same-origin proxy serving both keeps working. Each
// request goes through the client's request helper and so through the shared scheduler.
import { CitescopeError } from '../domain/errors';
import type { Paper } from '../domain/paper';
import { RECOMMENDATION_FIELDS } from './fields';
import type { RequestJson } from './http';
import { mapPaper } from './map-paper';
import { checkInteger, parseAnswer } from './parse';
import { paperIdPath } from './paths';
import { recommendationsSchema } from './schemas';
import type {
  PaperRecommendationOptions,
  RecommendationOptions,
  RecommendationSeeds,
} from './types';

/** The API's default and largest `limit` (documented). */
export const RECOMMENDATION_DEFAULT_LIMIT = 100;
export const RECOMMENDATION_MAX_LIMIT = 500;

const GRAPH_PATH = /\/graph\/v1\/*$/;

/** The configured API address does not end in `/graph/v1`, so the recommendations have none. */
export class RecommendationsAddressError extends CitescopeError {
  readonly code = 'no-recommendations-address';
  readonly baseUrl: string;

  constructor(baseUrl: string) {
    super(
      `Recommendations come from Semantic Scholar’s recommendations API, which sits beside ` +
        `the Graph API at …/graph/v1. The API address “${baseUrl}” does not end in /graph/v1, ` +
        `so Citescope cannot tell where the recommendations are.`,
    );
    this.baseUrl = baseUrl;
  }
}

/**
 * `https://host/prefix/graph/v1` → `https://host/prefix/recommendations/v1`: same origin, same
 * prefix, so a proxy that forwards both paths needs no second setting.
 * @throws {RecommendationsAddressError} when the address does not end in `/graph/v1`.
 */
export function recommendationsBaseUrl(graphBaseUrl: string): string {
  const url = new URL(graphBaseUrl);
  if (!GRAPH_PATH.test(url.pathname) || url.search !== '' || url.hash !== '') {
    throw new RecommendationsAddressError(graphBaseUrl);
  }
  url.pathname = url.pathname.replace(GRAPH_PATH, '/recommendations/v1');
  return url.href;
}

/**
 * Domain papers in the API's order, each once. The asked papers themselves are left out: the
 * single-paper endpoint is reported to recommend the paper it was asked about
 * (allenai/s2-folks#82). Only ids in the API's own form can be compared here; a caller asking
 * by DOI should drop the paper by its `paperId` as well.
 */
export function mapRecommendations(json: unknown, url: string, asked: readonly string[]): Paper[] {
  const answer = parseAnswer(recommendationsSchema, json, url);
  const skip = new Set(asked.map((id) => id.trim().toLowerCase()));
  const papers: Paper[] = [];
  for (const wire of answer.recommendedPapers) {
    if (skip.has(wire.paperId)) continue;
    skip.add(wire.paperId);
    papers.push(mapPaper(wire));
  }
  return papers;
}

export interface RecommendationsEndpoint {
  readonly requestJson: RequestJson;
  /** The configured Graph API address, e.g. `https://api.semanticscholar.org/graph/v1`. */
  readonly graphBaseUrl: string;
}

function target(
  endpoint: RecommendationsEndpoint,
  path: string,
  params: Record<string, string | number | undefined>,
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) query.set(key, String(value));
  }
  return `${recommendationsBaseUrl(endpoint.graphBaseUrl)}${path}?${query.toString()}`;
}

function checkLimit(limit: number): void {
  checkInteger('limit', limit, 1, RECOMMENDATION_MAX_LIMIT);
}

export async function fetchRecommendationsForPaper(
  endpoint: RecommendationsEndpoint,
  id: string,
  options: PaperRecommendationOptions = {},
): Promise<Paper[]> {
  const { limit = RECOMMENDATION_DEFAULT_LIMIT, from, signal } = options;
  checkLimit(limit);
  const url = target(endpoint, `/papers/forpaper/${paperIdPath(id)}`, {
    fields: RECOMMENDATION_FIELDS,
    limit,
    from,
  });
  const json = await endpoint.requestJson({ url, signal, notFoundId: id });
  return mapRecommendations(json, url, [id]);
}

/** Unique, trimmed, non-empty ids in their first order. */
function idList(ids: readonly string[]): string[] {
  return [...new Set(ids.map((id) => id.trim()).filter((id) => id !== ''))];
}

export async function fetchRecommendationsForPapers(
  endpoint: RecommendationsEndpoint,
  seeds: RecommendationSeeds,
  options: RecommendationOptions = {},
): Promise<Paper[]> {
  const { limit = RECOMMENDATION_DEFAULT_LIMIT, signal } = options;
  checkLimit(limit);
  const positivePaperIds = idList(seeds.positive);
  if (positivePaperIds.length === 0) {
    throw new RangeError('Recommendations need at least one paper to start from.');
  }
  // A paper both liked and disliked is liked: the reader's latest "Not relevant" on a seed
  // cannot be told apart here, and a positive id must never be sent as negative too.
  const positives = new Set(positivePaperIds);
  const negativePaperIds = idList(seeds.negative ?? []).filter((id) => !positives.has(id));
  const url = target(endpoint, '/papers', { fields: RECOMMENDATION_FIELDS, limit });
  const json = await endpoint.requestJson({
    url,
    body: { positivePaperIds, negativePaperIds },
    signal,
  });
  return mapRecommendations(json, url, [...positivePaperIds, ...negativePaperIds]);
}
