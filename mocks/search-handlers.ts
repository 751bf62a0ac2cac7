// Search endpoints of the twin: relevance search (simple title matching here), the single best
// title match, and type-ahead suggestions.
import { http, type HttpHandler } from 'msw';
import { PAPER_FIELDS, parseFields, projectPaper } from './fields';
import type { HandlerContext } from './handler-context';
import { errorResponse, intParam, jsonResponse, messages } from './responses';
import {
  authorsYear,
  byCitations,
  matchScore,
  parseYearFilter,
  titleMatches,
  tokens,
} from './title-search';
import type { WireAutocomplete, WirePaper, WireSearchPage } from './wire-types';

export const SEARCH_MAX_LIMIT = 100;
/** Relevance search serves only the first 1,000 hits (documented; reported in s2-folks#96). */
export const SEARCH_REACHABLE = 1000;
const AUTOCOMPLETE_MAX = 10;

export function searchHandlers(ctx: HandlerContext): HttpHandler[] {
  const papers = (): IterableIterator<WirePaper> => ctx.dataset.papers.values();

  return [
    http.get(`${ctx.baseUrl}/paper/search`, async ({ request }) => {
      await ctx.observe('search', request);
      const params = new URL(request.url).searchParams;
      const query = params.get('query') ?? '';
      if (query.trim() === '') return errorResponse(400, messages.badParam('query', query));
      const fields = parseFields(params.get('fields'), PAPER_FIELDS);
      if (!fields.ok) return errorResponse(400, messages.unknownFields(fields.unknown));
      const offset = intParam(params, 'offset', 0);
      if (!offset.ok) return errorResponse(400, offset.error);
      const limit = intParam(params, 'limit', SEARCH_MAX_LIMIT, 1);
      if (!limit.ok) return errorResponse(400, limit.error);
      if (limit.value > SEARCH_MAX_LIMIT)
        return errorResponse(400, messages.limitTooLarge(SEARCH_MAX_LIMIT));
      const inYears = parseYearFilter(params.get('year'));
      if (!inYears) return errorResponse(400, messages.badParam('year', params.get('year') ?? ''));

      const queryTokens = tokens(query);
      const hits = [...papers()]
        .filter((paper) => inYears(paper.year) && titleMatches(queryTokens, paper.title))
        .sort(byCitations);
      // No hits: exactly {"total": 0, "offset": 0}, without a `data` key (recorded).
      if (hits.length === 0)
        return jsonResponse({ total: 0, offset: offset.value } satisfies WireSearchPage);
      const reachable = Math.min(hits.length, SEARCH_REACHABLE);
      if (offset.value >= reachable) return errorResponse(400, messages.searchUnavailable);
      const end = Math.min(offset.value + limit.value, reachable);
      const data = hits.slice(offset.value, end).map((paper) => projectPaper(paper, fields.fields));
      const page: WireSearchPage =
        end < reachable
          ? { total: hits.length, offset: offset.value, next: end, data }
          : { total: hits.length, offset: offset.value, data };
      return jsonResponse(page);
    }),

    // `{data: [{paperId, title, matchScore, ...fields}]}` with one paper (recorded), or 404
    // "Title match not found" (documented). `matchScore` itself is not a requestable field
    // (reported), so naming it in `fields` is the usual unknown-field 400.
    http.get(`${ctx.baseUrl}/paper/search/match`, async ({ request }) => {
      await ctx.observe('match', request);
      const params = new URL(request.url).searchParams;
      const query = params.get('query') ?? '';
      if (query.trim() === '') return errorResponse(400, messages.badParam('query', query));
      const fields = parseFields(params.get('fields'), PAPER_FIELDS);
      if (!fields.ok) return errorResponse(400, messages.unknownFields(fields.unknown));
      let best: { paper: WirePaper; score: number } | undefined;
      for (const paper of papers()) {
        const score = matchScore(query, paper.title);
        if (
          score > 0 &&
          (!best ||
            score > best.score ||
            (score === best.score && byCitations(paper, best.paper) < 0))
        ) {
          best = { paper, score };
        }
      }
      if (!best) return errorResponse(404, messages.titleMatchNotFound);
      const title = best.paper.title;
      return jsonResponse({
        data: [{ ...projectPaper(best.paper, fields.fields), title, matchScore: best.score }],
      });
    }),

    // `{matches: [{id, title, authorsYear}]}`; the query is cut to 100 characters (documented).
    http.get(`${ctx.baseUrl}/paper/autocomplete`, async ({ request }) => {
      await ctx.observe('autocomplete', request);
      const query = (new URL(request.url).searchParams.get('query') ?? '').slice(0, 100);
      const queryTokens = tokens(query);
      const matches = [...papers()]
        .filter((paper) => titleMatches(queryTokens, paper.title, true))
        .sort(byCitations)
        .slice(0, AUTOCOMPLETE_MAX)
        .map((paper) => ({
          id: paper.paperId,
          title: paper.title,
          authorsYear: authorsYear(paper),
        }));
      return jsonResponse({ matches } satisfies WireAutocomplete);
    }),
  ];
}
