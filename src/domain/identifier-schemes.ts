// The identifier schemes Semantic Scholar resolves (arXiv has its own file): how each one looks,
// how it is normalised, and the `apiId` the API expects for it.
import type { IdOutcome } from './identifier';
import { OLD_ARXIV_SHAPE, readArxiv } from './identifier-arxiv';
import { accept, reject } from './identifier-outcome';
import { trimTrailingPunctuation } from './identifier-text';

const HEX40 = /^[0-9a-f]{40}$/i;

export function readS2Id(raw: string): IdOutcome {
  if (!HEX40.test(raw)) {
    return reject(
      `'${raw}' is not a Semantic Scholar paper id (expected 40 hexadecimal characters, e.g. 649def34f8be52c8b66281af98ae884c09aef38b).`,
    );
  }
  const id = raw.toLowerCase();
  return accept('S2', id, id);
}

// Crossref's pattern for modern DOIs, widened to any non-space suffix so that old SICI DOIs with
// `<`, `>` and `#` pass; registrant codes may have dotted subdivisions (10.1000.10/…).
const DOI = /^10\.\d{4,9}(?:\.\d+)*\/\S+$/;

export function readDoi(raw: string): IdOutcome {
  const doi = trimTrailingPunctuation(raw);
  if (!DOI.test(doi)) {
    return reject(
      `'${raw}' is not a DOI (expected 10.<digits>/<suffix> without spaces, e.g. 10.1093/mind/lix.236.433).`,
    );
  }
  // Case is kept: DOIs are case-insensitive and the API matches them either way.
  return accept('DOI', doi, `DOI:${doi}`);
}

const NUMERIC_NAMES = {
  CorpusId: 'Semantic Scholar corpus id',
  PMID: 'PubMed id',
  MAG: 'Microsoft Academic id',
} as const;

export function readNumericId(scheme: keyof typeof NUMERIC_NAMES, raw: string): IdOutcome {
  const digits = trimTrailingPunctuation(raw);
  if (!/^\d+$/.test(digits)) {
    return reject(
      `'${raw}' is not a ${NUMERIC_NAMES[scheme]}: it should be a number, e.g. ${scheme}:19872477.`,
    );
  }
  const value = withoutLeadingZeros(digits);
  return accept(scheme, value, `${scheme}:${value}`);
}

export function readPmcid(raw: string): IdOutcome {
  const digits = /^(?:pmc)?(\d+)$/i.exec(trimTrailingPunctuation(raw))?.[1];
  if (digits === undefined) {
    return reject(
      `'${raw}' is not a PubMed Central id (expected PMC followed by digits, e.g. PMC2323736).`,
    );
  }
  // The API takes PMCIDs without the PMC letters (as it reports them in `externalIds`).
  const value = withoutLeadingZeros(digits);
  return accept('PMCID', `PMC${value}`, `PMCID:${value}`);
}

// Anthology ids before 2020 (letter for the venue, two-digit year, four-digit number) and since.
const ACL_OLD = /^[a-z]\d{2}-\d{4}$/i;
const ACL_NEW = /^\d{4}\.[a-z][a-z0-9-]*\.\d+$/i;

export function readAcl(raw: string): IdOutcome {
  const id = trimTrailingPunctuation(raw);
  if (ACL_OLD.test(id)) return accept('ACL', id.toUpperCase(), `ACL:${id.toUpperCase()}`);
  if (ACL_NEW.test(id)) return accept('ACL', id.toLowerCase(), `ACL:${id.toLowerCase()}`);
  return reject(`'${raw}' is not an ACL Anthology id (expected e.g. P19-1001 or 2020.acl-main.1).`);
}

function withoutLeadingZeros(digits: string): string {
  return digits.replace(/^0+(?=\d)/, '');
}

const PREFIXES: readonly (readonly [RegExp, (raw: string) => IdOutcome])[] = [
  [/^doi$/i, readDoi],
  [/^arxiv$/i, readArxiv],
  [/^corpus\s*id$/i, (raw) => readNumericId('CorpusId', raw)],
  [/^(?:pmid|pubmed)$/i, (raw) => readNumericId('PMID', raw)],
  [/^pmc(?:id)?$/i, readPmcid],
  [/^mag$/i, (raw) => readNumericId('MAG', raw)],
  [/^acl$/i, readAcl],
];

// `doi:10.1000/x`, `PMID: 123`, `Corpus ID: 123` (as Semantic Scholar pages print it), `pmid 123`.
const PREFIXED =
  /^(doi|arxiv|corpus\s*id|pmid|pubmed|pmcid|pmc|mag|acl)(?:\s*:\s*|\s+)(\S*)(\s.*)?$/is;

/** An id behind a scheme prefix, or `undefined` when the text is not one (then it may be a title). */
export function readPrefixedId(text: string): IdOutcome | undefined {
  const match = PREFIXED.exec(text);
  if (!match) return undefined;
  const [, prefix = '', word = '', rest] = match;
  const reader = PREFIXES.find(([pattern]) => pattern.test(prefix))?.[1];
  if (reader === undefined) return undefined;
  const outcome = reader(word);
  if (outcome.kind === 'id') return outcome;
  // Only "PREFIX: oneword" is clearly an attempt at an id; without a colon or with more words
  // it reads as a title ("ACL anthology", "MAG: multi-attention graphs").
  const hasColon = text.slice(prefix.length).trimStart().startsWith(':');
  return hasColon && rest === undefined ? outcome : undefined;
}

// Bare shapes, most specific first. An id-like shape that fails its scheme is an error, because a
// title search for "2502.1234" or "10.1000/" would only hide the typo.
const BARE: readonly (readonly [RegExp, (raw: string) => IdOutcome])[] = [
  [HEX40, readS2Id],
  [/^10\.\d[\d.]*\//, readDoi],
  [/^\d{4}\.\d+(?:v\d+)?$/i, readArxiv],
  [OLD_ARXIV_SHAPE, readArxiv],
  [/^pmc\d+$/i, readPmcid],
  [ACL_OLD, readAcl],
  [ACL_NEW, readAcl],
  [/^\d{5,}$/, ambiguousNumber],
];

/** A single word that is an id without a prefix, or `undefined`. */
export function readBareId(word: string): IdOutcome | undefined {
  const token = trimTrailingPunctuation(word);
  const reader = BARE.find(([pattern]) => pattern.test(token))?.[1];
  return reader?.(token);
}

function ambiguousNumber(digits: string): IdOutcome {
  return reject(
    `'${digits}' could be a PubMed, Semantic Scholar corpus or Microsoft Academic id: write PMID:${digits}, CorpusId:${digits} or MAG:${digits}.`,
  );
}
