// One page of /paper/{id}/citations or /references: `{offset, next?, data}` where each item holds
// the other paper under `citingPaper` / `citedPaper` plus the requested edge fields.
// - `limit` defaults to 100 and may not exceed 1000 (documented); 0 is refused (reported).
// - `next` is absent on the last page (recorded: 19 pages of 100, the last without `next`).
// - An offset past the end answers `{offset, data: []}` (reported, allenai/s2-folks#117).
// - Paging stops near 10,000 items (reported, allenai/s2-folks#27): `offset + limit` must stay
//   below the cap, so at most cap - 1 items are reachable; client libraries send limit 999 for
//   the last page.
// - Unresolved entries come back with `paperId: null` (recorded).
import type { HttpResponse } from 'msw';
import { findPaper } from './dataset';
import {
  EDGE_FIELDS,
  LINK_FIELDS,
  parseFields,
  projectEdge,
  projectPaper,
  projectUnresolved,
} from './fields';
import type { HandlerContext } from './handler-context';
import { errorResponse, intParam, jsonResponse, messages } from './responses';
import type { WireLinkPage, WireObject } from './wire-types';

export const LIST_DEFAULT_LIMIT = 100;
export const LIST_MAX_LIMIT = 1000;

export function servePage(
  ctx: HandlerContext,
  direction: 'citations' | 'references',
  id: string,
  params: URLSearchParams,
): HttpResponse<object | null> {
  const fields = parseFields(params.get('fields'), LINK_FIELDS);
  if (!fields.ok) return errorResponse(400, messages.unknownFields(fields.unknown));
  const offset = intParam(params, 'offset', 0);
  if (!offset.ok) return errorResponse(400, offset.error);
  const limit = intParam(params, 'limit', LIST_DEFAULT_LIMIT, 1);
  if (!limit.ok) return errorResponse(400, limit.error);
  if (limit.value > LIST_MAX_LIMIT)
    return errorResponse(400, messages.limitTooLarge(LIST_MAX_LIMIT));
  if (offset.value + limit.value >= ctx.pagingCap) {
    return errorResponse(400, messages.pagingCap(ctx.pagingCap));
  }
  const paper = findPaper(ctx.dataset, id);
  if (!paper) return errorResponse(404, messages.paperNotFound(id));

  const entries =
    (direction === 'citations' ? ctx.dataset.citations : ctx.dataset.references).get(
      paper.paperId,
    ) ?? [];
  const slice = entries.slice(offset.value, offset.value + limit.value);
  const paperFields = fields.fields.filter((field) => !EDGE_FIELDS.has(field));
  const key = direction === 'citations' ? 'citingPaper' : 'citedPaper';
  const data = slice.map((entry): WireObject => {
    const other = entry.paperId === null ? undefined : ctx.dataset.papers.get(entry.paperId);
    const nested = other
      ? projectPaper(other, paperFields)
      : projectUnresolved(
          entry.unresolved ?? { paperId: null, title: '', year: null },
          paperFields,
        );
    return { ...projectEdge(entry.edge, fields.fields), [key]: nested };
  });
  const end = offset.value + slice.length;
  const page: WireLinkPage =
    end < entries.length
      ? { offset: offset.value, next: end, data }
      : { offset: offset.value, data };
  return jsonResponse(page);
}
