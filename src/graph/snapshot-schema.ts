// The schema of a view snapshot file, mirroring the domain types field for field. Each schema is
// annotated with the domain type it produces, so a field added to `Paper` or `GraphFilters`
// without a place here fails to compile instead of silently vanishing from snapshots.
// A snapshot is as untrusted as an API answer: every list has a bound, and every piece of free
// text passes through `untrustedText`.
import { z } from 'zod';
import { cleanText } from '../domain/clean-text';
import {
  intentSet,
  isPaperId,
  toPaperId,
  type AnyPaper,
  type CitationContext,
  type CitationLink,
  type Paper,
  type PaperFields,
  type UnresolvedPaper,
} from '../domain/paper';
import { INTENT_FILTERS, type GraphFilters, type IntentFilter } from './filters';
import { isLayoutName, type LayoutName, type Point } from './layout/positions';

/**
 * Bounds on the lists, each above anything Citescope itself writes: a link list stops at the
 * API's paging cap (9,999 entries; the reference cap is 10,000), so a view has at most one
 * position per paper of two such lists and the centre. The rest are far above real data (the
 * longest author lists, of large physics collaborations, run to a few thousand names).
 */
export const SNAPSHOT_LIMITS = {
  links: 10_000,
  positions: 2 * 10_000 + 1,
  authors: 10_000,
  labels: 100,
  contexts: 1_000,
} as const;

/**
 * The one place where text read from a snapshot file is made safe to show: the same cleaning
 * as API text (bidi controls and zero-width characters go).
 */
const untrustedText = cleanText;

/** A list refused by its length before any item is read (zod checks `max` after the items). */
function list<T extends z.ZodType>(item: T, max: number) {
  return z.array(z.unknown()).max(max).pipe(z.array(item));
}

const freeText = z.string().transform(untrustedText);
const text = freeText.nullable();
/** Identifiers, addresses and dates: kept exactly as written. */
const verbatim = z.string().nullable();
const count = z.number().nullable();
const labels = list(freeText, SNAPSHOT_LIMITS.labels);

const paperFields = {
  title: text,
  abstract: text,
  tldr: text,
  year: z.number().int().nullable(),
  publicationDate: verbatim,
  venue: text,
  journal: z.object({ name: text, volume: text, pages: text }).nullable(),
  authors: list(z.object({ id: verbatim, name: freeText }), SNAPSHOT_LIMITS.authors),
  citationCount: count,
  referenceCount: count,
  influentialCitationCount: count,
  fieldsOfStudy: labels,
  publicationTypes: labels,
  isOpenAccess: z.boolean().nullable(),
  openAccessPdfUrl: verbatim,
  url: verbatim,
  externalIds: z.object({
    doi: z.string().optional(),
    arxiv: z.string().optional(),
    pubmed: z.string().optional(),
    pubmedCentral: z.string().optional(),
    acl: z.string().optional(),
    mag: z.string().optional(),
    dblp: z.string().optional(),
    corpusId: z.number().optional(),
  }),
} satisfies Record<keyof PaperFields, z.ZodType>;

const paperId = z
  .string()
  .refine(isPaperId, 'not a Semantic Scholar paperId')
  .transform((id) => toPaperId(id));

export const paperSchema: z.ZodType<Paper> = z.object({ ...paperFields, id: paperId });

const unresolvedSchema: z.ZodType<UnresolvedPaper> = z.object({ ...paperFields, id: z.null() });

const anyPaperSchema: z.ZodType<AnyPaper> = z.union([paperSchema, unresolvedSchema]);

const intents = labels.transform((values) => intentSet(values));

/** Earlier snapshots kept each context as a bare sentence, without its intents. */
const contextSchema: z.ZodType<CitationContext> = z.union([
  z.object({ text: freeText, intents }),
  freeText.transform((sentence) => ({ text: sentence, intents: [] })),
]);

const intentFilter = z.enum(INTENT_FILTERS as [IntentFilter, ...IntentFilter[]]);

const linkSchema: z.ZodType<CitationLink> = z.object({
  paper: anyPaperSchema,
  isInfluential: z.boolean(),
  intents,
  contexts: list(contextSchema, SNAPSHOT_LIMITS.contexts),
});

export const linksSchema = list(linkSchema, SNAPSHOT_LIMITS.links);

/** At most this many expansions: each may hold two full lists. */
const MAX_EXPANSIONS = 50;

export const expansionsSchema = list(
  z.object({ id: paperId, references: linksSchema, citations: linksSchema }),
  MAX_EXPANSIONS,
);

export const filtersSchema: z.ZodType<GraphFilters> = z.object({
  yearFrom: z.number().int().nullable(),
  yearTo: z.number().int().nullable(),
  minCitations: z.number().nonnegative(),
  minSeedLinks: z.number().int().nonnegative().default(0),
  text: freeText,
  showReferences: z.boolean(),
  showCitations: z.boolean(),
  // Absent from snapshots written before these filters existed.
  influentialOnly: z.boolean().default(false),
  intents: list(intentFilter, INTENT_FILTERS.length).default([]),
});

export const layoutSchema: z.ZodType<LayoutName> = z.custom<LayoutName>(
  (value) => typeof value === 'string' && isLayoutName(value),
  'not a known layout',
);

/** Node keys are paperIds or `unresolved:<n>`; anything else (say `__proto__`) is refused. */
const nodeKey = z
  .string()
  .refine((key) => isPaperId(key) || /^unresolved:\d+$/.test(key), 'not a node key');

// z.number() refuses NaN and ±Infinity, which JSON could not carry anyway.
const point: z.ZodType<Point> = z.object({ x: z.number(), y: z.number() });

const fewKeys = z.custom<object>(
  (value) =>
    typeof value !== 'object' ||
    value === null ||
    Object.keys(value).length <= SNAPSHOT_LIMITS.positions,
  `more than ${SNAPSHOT_LIMITS.positions} positions`,
);

export const positionsSchema = fewKeys.pipe(z.record(nodeKey, point));
