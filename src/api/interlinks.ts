// The reference ids of many papers at once, for drawing the links among a neighbourhood's
// papers. One POST /paper/batch per chunk of ids, asking only `references.paperId`, each through
// the client's request helper and so through the shared scheduler (pacing, retries, aborts).
//
// The cap: the batch documentation says of an embedded list "up to 1000 will be returned"
// (quoted for `citations` in allenai/s2-folks#199; assumed the same for `references`), and the
// recorded details response embeds 1,000 of 10,059 citations. That issue also reports batch
// answers whose embedded lists were empty for most papers, or longer than 1,000 (closed as a
// bug). So a neighbour citing more than 1,000 papers may lose some of its links here, and a
// missing list reads as "no links": the result is a lower bound, never an invented link.
import { toPaperId, type PaperId } from '../domain/paper';
import { SchemaError } from './errors';
import type { RequestJson } from './http';
import { parseAnswer } from './parse';
import { referenceIdsBatchSchema } from './schemas';
import type { RequestOptions } from './types';

export interface ReferenceIdsEndpoint {
  readonly requestJson: RequestJson;
  /** The batch URL with its `fields`. */
  readonly url: string;
  /** Ids per request: the API takes at most 500. */
  readonly chunkSize: number;
}

type ReferenceEntries = readonly { readonly paperId?: string | null }[];

/** Resolved ids only, each once: lists repeat entries (reported) and hold unresolved ones. */
function resolvedIds(references: ReferenceEntries): PaperId[] {
  const ids = new Set<PaperId>();
  for (const reference of references) {
    if (reference.paperId) ids.add(toPaperId(reference.paperId));
  }
  return [...ids];
}

/**
 * Keyed by the id as asked (the answer keeps input order), so a caller finds each paper under
 * its own key even where S2 answers with another `paperId` for a merged record. Ids the API
 * does not know get no entry.
 */
export async function fetchReferenceIds(
  endpoint: ReferenceIdsEndpoint,
  ids: readonly string[],
  options: RequestOptions = {},
): Promise<Map<string, readonly PaperId[]>> {
  const { requestJson, url, chunkSize } = endpoint;
  const unique = [...new Set(ids)];
  const result = new Map<string, readonly PaperId[]>();
  for (let start = 0; start < unique.length; start += chunkSize) {
    const chunk = unique.slice(start, start + chunkSize);
    const json = await requestJson({ url, body: { ids: chunk }, signal: options.signal });
    const answer = parseAnswer(referenceIdsBatchSchema, json, url);
    if (answer.length !== chunk.length) {
      throw new SchemaError({ url, detail: `${answer.length} answers for ${chunk.length} ids` });
    }
    chunk.forEach((id, index) => {
      const paper = answer[index];
      if (paper) result.set(id, resolvedIds(paper.references));
    });
  }
  return result;
}
