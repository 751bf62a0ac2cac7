// How the scheme and link readers report back: an accepted id or a rejection with a reason, so
// that only `parsePaperInput` throws.
import type { ApiPaperId } from './paper';
import type { IdOutcome, IdScheme } from './identifier';

export function accept(scheme: IdScheme, value: string, apiId: string): IdOutcome {
  // The one place an ApiPaperId is minted: every caller has validated `value` for its scheme.
  return { kind: 'id', scheme, value, apiId: apiId as ApiPaperId };
}

export function reject(reason: string): IdOutcome {
  return { kind: 'rejected', reason };
}
