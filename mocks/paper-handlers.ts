// Paper endpoints of the twin: details, citation and reference lists, and the batch lookup.
// Ids are parsed from the raw path because a DOI goes into it unencoded, slashes and all
// (recorded with a bare DOI), so `/paper/:id` cannot capture it.
import { http, type HttpHandler } from 'msw';
import { findPaper, type TwinDataset } from './dataset';
import { DETAIL_FIELDS, parseFields, projectLists, projectPaper } from './fields';
import type { HandlerContext } from './handler-context';
import { servePage } from './link-pages';
import { errorResponse, jsonResponse, messages } from './responses';
import type { WireObject, WirePaper } from './wire-types';

/** The API's batch limit (documented: up to 500 ids a call). */
export const BATCH_MAX_IDS = 500;

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Details and batch answer the paper's own fields and, when asked, its embedded lists. */
function project(dataset: TwinDataset, paper: WirePaper, fields: readonly string[]): WireObject {
  return { ...projectPaper(paper, fields), ...projectLists(dataset, paper.paperId, fields) };
}

function isIdList(body: unknown): body is { ids: string[] } {
  if (typeof body !== 'object' || body === null || !('ids' in body)) return false;
  const { ids } = body;
  return Array.isArray(ids) && ids.every((id) => typeof id === 'string');
}

export function paperHandlers(ctx: HandlerContext): HttpHandler[] {
  const pathPrefix = `${new URL(`${ctx.baseUrl}/`, 'http://twin.invalid').pathname}paper/`;

  return [
    // Fields come as a query parameter, ids in the body (documented).
    http.post(`${ctx.baseUrl}/paper/batch`, async ({ request }) => {
      await ctx.observe('batch', request);
      const fields = parseFields(new URL(request.url).searchParams.get('fields'), DETAIL_FIELDS);
      if (!fields.ok) return errorResponse(400, messages.unknownFields(fields.unknown));
      const body: unknown = await request.json().catch(() => null);
      if (!isIdList(body)) return errorResponse(400, messages.badBatchBody);
      if (body.ids.length > BATCH_MAX_IDS)
        return errorResponse(400, messages.tooManyIds(BATCH_MAX_IDS));
      // Input order kept, `null` for an unknown id (recorded).
      return jsonResponse(
        body.ids.map((id) => {
          const paper = findPaper(ctx.dataset, id);
          return paper ? project(ctx.dataset, paper, fields.fields) : null;
        }),
      );
    }),

    http.get(`${ctx.baseUrl}/paper/*`, async ({ request }) => {
      const url = new URL(request.url);
      const rest = url.pathname.startsWith(pathPrefix) ? url.pathname.slice(pathPrefix.length) : '';
      const list = /\/(citations|references)$/.exec(rest);
      if (list?.[1] === 'citations' || list?.[1] === 'references') {
        const direction = list[1];
        await ctx.observe(direction, request);
        const id = decode(rest.slice(0, list.index));
        return servePage(ctx, direction, id, url.searchParams);
      }
      await ctx.observe('paper', request);
      const id = decode(rest);
      // Recorded: an unknown id is a 404 even when `fields` is bad too; a known one gets the 400.
      const paper = findPaper(ctx.dataset, id);
      if (!paper) return errorResponse(404, messages.paperNotFound(id));
      const fields = parseFields(url.searchParams.get('fields'), DETAIL_FIELDS);
      if (!fields.ok) return errorResponse(400, messages.unknownFields(fields.unknown));
      return jsonResponse(project(ctx.dataset, paper, fields.fields));
    }),
  ];
}
