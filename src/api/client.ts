// The Semantic Scholar client: builds each request, sends it through the scheduler, validates
// the answer with a schema and maps it to domain types.
import type { Paper } from '../domain/paper';
import { NotFoundError, SchemaError } from './errors';
import { checkInteger, parseAnswer as parse } from './parse';
import { LINK_FIELDS, PAPER_DETAIL_FIELDS, REFERENCE_ID_FIELDS } from './fields';
import { createHttp, type HttpConfig, type RequestJson } from './http';
import { fetchReferenceIds } from './interlinks';
import { collectLinks, LINK_PAGE_LIMIT } from './link-pages';
import { mapLinkPage, mapPaper } from './map-paper';
import { paperIdPath } from './paths';
import { fetchRecommendationsForPaper, fetchRecommendationsForPapers } from './recommendations';
import { RequestScheduler } from './scheduler';
import { DEFAULT_PACE_MS, type SchedulerOptions } from './scheduler-options';
import {
  autocompleteSchema,
  batchSchema,
  citationPageSchema,
  matchSchema,
  referencePageSchema,
  resolvedPaperSchema,
  searchSchema,
} from './schemas';
import type { S2Client } from './types';

/** POST /paper/batch takes at most 500 ids (documented). */
const BATCH_SIZE = 500;
/** /paper/search returns at most 100 papers a page (documented). */
const SEARCH_PAGE_LIMIT = 100;

export interface S2ClientConfig {
  readonly baseUrl: string;
  readonly apiKey?: string | null;
  /** A scheduler to share, or options for the client's own. */
  readonly scheduler?: RequestScheduler | SchedulerOptions;
  /**
   * Minimum milliseconds between request starts (0 for a local server). Null or absent: the
   * scheduler options' value, else DEFAULT_PACE_MS.
   */
  readonly paceMs?: number | null;
  readonly fetch?: typeof fetch;
  /** The origins this build may connect to; a request elsewhere is refused unsent. */
  readonly allowedOrigins?: readonly string[];
  /** Tests pass their own online state, clock and policy reports for requests without answer. */
  readonly connectivity?: HttpConfig['connectivity'];
}

export interface S2ClientWithScheduler extends S2Client {
  /** Its state (queued, in flight, retry countdown) is what the UI shows while waiting. */
  readonly scheduler: RequestScheduler;
}

function makeScheduler(config: S2ClientConfig): RequestScheduler {
  const { scheduler, paceMs } = config;
  if (scheduler instanceof RequestScheduler) return scheduler;
  const pace = paceMs ?? scheduler?.minIntervalMs ?? DEFAULT_PACE_MS;
  return new RequestScheduler({ ...scheduler, minIntervalMs: pace });
}

export function createS2Client(config: S2ClientConfig): S2ClientWithScheduler {
  const baseUrl = config.baseUrl.replace(/\/+$/, '');
  const scheduler = makeScheduler(config);
  const requestJson: RequestJson = createHttp({
    baseUrl,
    apiKey: config.apiKey,
    scheduler,
    fetch: config.fetch,
    allowedOrigins: config.allowedOrigins,
    connectivity: config.connectivity,
  });
  const url = (path: string, params: Record<string, string | number | undefined>): string => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      if (value !== undefined) query.set(key, String(value));
    }
    return `${baseUrl}${path}?${query.toString()}`;
  };

  const client: S2ClientWithScheduler = {
    baseUrl,
    scheduler,

    async getPaper(id, options = {}) {
      const target = url(`/paper/${paperIdPath(id)}`, { fields: PAPER_DETAIL_FIELDS });
      const json = await requestJson({ url: target, signal: options.signal, notFoundId: id });
      return mapPaper(parse(resolvedPaperSchema, json, target));
    },

    async getLinkPage(id, direction, options = {}) {
      const { offset = 0, limit = 100, signal } = options;
      checkInteger('offset', offset, 0, Number.MAX_SAFE_INTEGER);
      checkInteger('limit', limit, 1, LINK_PAGE_LIMIT);
      const target = url(`/paper/${paperIdPath(id)}/${direction}`, {
        fields: LINK_FIELDS,
        offset,
        limit,
      });
      const json = await requestJson({ url: target, signal, notFoundId: id });
      const schema = direction === 'citations' ? citationPageSchema : referencePageSchema;
      return mapLinkPage(parse(schema, json, target));
    },

    getAllLinks(id, direction, options = {}) {
      const { signal } = options;
      return collectLinks(
        (offset, limit) => client.getLinkPage(id, direction, { offset, limit, signal }),
        options,
      );
    },

    async getPapers(ids, options = {}) {
      const target = url('/paper/batch', { fields: PAPER_DETAIL_FIELDS });
      const papers: (Paper | null)[] = [];
      for (let start = 0; start < ids.length; start += BATCH_SIZE) {
        const chunk = ids.slice(start, start + BATCH_SIZE);
        const json = await requestJson({
          url: target,
          body: { ids: chunk },
          signal: options.signal,
        });
        const answer = parse(batchSchema, json, target);
        if (answer.length !== chunk.length) {
          throw new SchemaError({
            url: target,
            detail: `${answer.length} answers for ${chunk.length} ids`,
          });
        }
        papers.push(...answer.map((wire) => (wire ? mapPaper(wire) : null)));
      }
      return papers;
    },

    getReferenceIds(ids, options = {}) {
      const target = url('/paper/batch', { fields: REFERENCE_ID_FIELDS });
      const endpoint = { requestJson, url: target, chunkSize: BATCH_SIZE };
      return fetchReferenceIds(endpoint, ids, options);
    },

    async search(query, options = {}) {
      const { offset = 0, limit = SEARCH_PAGE_LIMIT, year, signal } = options;
      checkInteger('offset', offset, 0, Number.MAX_SAFE_INTEGER);
      checkInteger('limit', limit, 1, SEARCH_PAGE_LIMIT);
      if (query.trim() === '') return { total: 0, offset, next: null, papers: [] };
      // Relevance search ranks at most 1,000 papers; past that the API answers 400.
      const target = url('/paper/search', {
        query: query.trim(),
        offset,
        limit,
        year,
        fields: PAPER_DETAIL_FIELDS,
      });
      const answer = parse(searchSchema, await requestJson({ url: target, signal }), target);
      return {
        total: answer.total,
        offset: answer.offset,
        next: answer.next ?? null,
        papers: answer.data.map(mapPaper),
      };
    },

    async matchTitle(query, options = {}) {
      if (query.trim() === '') return null;
      const target = url('/paper/search/match', {
        query: query.trim(),
        fields: PAPER_DETAIL_FIELDS,
      });
      try {
        const answer = parse(matchSchema, await requestJson({ url: target, ...options }), target);
        const best = answer.data[0];
        return best ? mapPaper(best) : null;
      } catch (error) {
        // "Title match not found" is an answer, not a failure.
        if (error instanceof NotFoundError) return null;
        throw error;
      }
    },

    async autocomplete(query, options = {}) {
      if (query.trim() === '') return [];
      const target = url('/paper/autocomplete', { query: query.trim() });
      const answer = parse(
        autocompleteSchema,
        await requestJson({ url: target, ...options }),
        target,
      );
      return answer.matches;
    },

    recommendForPaper(id, options = {}) {
      return fetchRecommendationsForPaper({ requestJson, graphBaseUrl: baseUrl }, id, options);
    },

    recommendForPapers(seeds, options = {}) {
      return fetchRecommendationsForPapers({ requestJson, graphBaseUrl: baseUrl }, seeds, options);
    },
  };
  return client;
}
