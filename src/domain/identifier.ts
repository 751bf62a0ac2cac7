// One parser from whatever a researcher pastes (an id, a link, a title) to what the Semantic
// Scholar API accepts in a path, and back to a short value for the app URL.
//
// Decisions a change here should keep in mind:
// - arXiv: `apiId` has no version, because Semantic Scholar keys a paper by its versionless arXiv
//   id and every version is the same node in the citation graph; `value` keeps a pasted version
//   for display. Old-style ids lose their subject class (math.GT/0309136 → math/0309136), which is
//   how arXiv itself names them.
// - A bare number of five or more digits is rejected: it could be a PubMed, corpus or MAG id and a
//   wrong guess silently explores the wrong paper; the reason names the prefixes to choose from.
//   Shorter numbers ("1984", "2001") stay title queries.
// - A prefix followed by several words counts as an id when its first word is a valid id (the
//   arXiv margin stamp "arXiv:1706.03762v7 [cs.CL] 2 Aug 2023", a PubMed header line) and as a
//   title otherwise ("MAG: multi-attention graphs"). A prefix with one malformed word is an error.
import { CitescopeError } from './errors';
import type { ApiPaperId } from './paper';
import { readBareId, readPrefixedId } from './identifier-schemes';
import { cleanInput, joinSplitDoi } from './identifier-text';
import { isLinkLike, isUnknownSiteLink, readLink } from './identifier-links';

export type IdScheme = 'S2' | 'CorpusId' | 'DOI' | 'ARXIV' | 'PMID' | 'PMCID' | 'ACL' | 'MAG';

/** A recognised identifier: `value` is for people, `apiId` goes into an API path unchanged. */
export interface IdInput {
  readonly kind: 'id';
  readonly scheme: IdScheme;
  readonly value: string;
  readonly apiId: ApiPaperId;
}

/** Anything that is not an identifier: searched for by title. */
export interface TitleInput {
  readonly kind: 'title';
  readonly query: string;
}

export type PaperInput = IdInput | TitleInput;

/** What the scheme and link readers return instead of throwing, so only this file throws. */
export interface Rejection {
  readonly kind: 'rejected';
  readonly reason: string;
}

export type IdOutcome = IdInput | Rejection;

/** The input cannot be used: `reason` tells the researcher what to paste instead. */
export class InvalidIdentifierError extends CitescopeError {
  override readonly code = 'invalid-identifier';
  readonly input: string;
  readonly reason: string;

  constructor(input: string, reason: string) {
    super(reason);
    this.input = input;
    this.reason = reason;
  }
}

/**
 * Reads what a person pasted: a Semantic Scholar, DOI, arXiv, PubMed, PubMed Central, ACL
 * Anthology or MAG id (bare, prefixed or as a link), or else a title query.
 * @throws {InvalidIdentifierError} for blank input, unreadable links and malformed ids.
 */
export function parsePaperInput(input: string): PaperInput {
  const text = joinSplitDoi(cleanInput(input));
  if (text === '') {
    throw new InvalidIdentifierError(
      input,
      'Nothing to look up: paste a paper title, a DOI, an arXiv id or a link to the paper.',
    );
  }
  const outcome = readIdentifier(text);
  if (outcome === undefined) return { kind: 'title', query: text.replace(/\s+/g, ' ') };
  if (outcome.kind === 'rejected') throw new InvalidIdentifierError(input, outcome.reason);
  return outcome;
}

// Order matters: links first (a link may hold anything), then prefixes, then bare shapes, and only
// then the guess that a dotted word with a slash is a link to a site we do not know, because
// old-style arXiv ids (cs.AI/0101001) look like exactly that.
function readIdentifier(text: string): IdOutcome | undefined {
  const firstWord = text.split(/\s/, 1)[0] ?? text;
  if (isLinkLike(firstWord)) return readLink(firstWord);
  const prefixed = readPrefixedId(text);
  if (prefixed !== undefined) return prefixed;
  if (/\s/.test(text)) return undefined;
  return readBareId(text) ?? (isUnknownSiteLink(text) ? readLink(text) : undefined);
}

/**
 * A short, readable value for the app's `?paper=` parameter that `parsePaperInput` reads back to
 * the same `apiId`. It is a raw value: encode it with `URLSearchParams` like any other.
 */
export function formatIdForUrl(id: IdInput): string {
  switch (id.scheme) {
    case 'S2':
    case 'DOI':
    case 'PMCID':
      return id.value;
    case 'ARXIV':
      // The versionless id, so every link to a paper is the same link.
      return `arXiv:${id.apiId.slice('ARXIV:'.length)}`;
    case 'CorpusId':
    case 'PMID':
    case 'ACL':
    case 'MAG':
      return id.apiId;
  }
}
