// Responses as the real API sends them: JSON with `Access-Control-Allow-Origin: *` (recorded),
// and errors as `{"error": "..."}`. Where each message comes from:
//   recorded:   unknown fields, paper not found
//   documented: title match not found, "Unacceptable query params: [k=v]"
//   reported:   search limit "'limit' must be <= 100", "offset + limit must be < 10000",
//               "Requested data for this limit and/or offset is not available" (search paging),
//               "list of ids must be <= 500" (batch)
//   assumed:    the list-endpoint limit message, by analogy with the search one; the batch body
//               message
import { HttpResponse } from 'msw';
import type { WireError } from './wire-types';

const HEADERS = { 'access-control-allow-origin': '*' };

export function jsonResponse(body: object | null, status = 200): HttpResponse<object | null> {
  return HttpResponse.json(body, { status, headers: HEADERS });
}

export function errorResponse(status: number, error: string): HttpResponse<WireError> {
  return HttpResponse.json({ error }, { status, headers: HEADERS });
}

export const messages = {
  unknownFields: (names: readonly string[]) =>
    `Unrecognized or unsupported fields: [${names.join(', ')}]`,
  paperNotFound: (id: string) => `Paper with id ${id} not found`,
  badParam: (name: string, value: string) => `Unacceptable query params: [${name}=${value}]`,
  limitTooLarge: (max: number) => `'limit' must be <= ${max}`,
  pagingCap: (cap: number) => `offset + limit must be < ${cap}`,
  searchUnavailable: 'Requested data for this limit and/or offset is not available',
  tooManyIds: (max: number) => `list of ids must be <= ${max}`,
  badBatchBody: 'Request body must be {"ids": [...]} with string ids',
  titleMatchNotFound: 'Title match not found',
} as const;

export type IntParam =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly error: string };

/** A non-negative integer query parameter, its default when absent, or a 400 message. */
export function intParam(
  params: URLSearchParams,
  name: string,
  fallback: number,
  min = 0,
): IntParam {
  const raw = params.get(name);
  if (raw === null || raw === '') return { ok: true, value: fallback };
  const value = Number(raw);
  return /^\d+$/.test(raw) && value >= min
    ? { ok: true, value }
    : { ok: false, error: messages.badParam(name, raw) };
}
