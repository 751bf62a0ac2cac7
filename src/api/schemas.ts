// Zod schemas for what the Semantic Scholar Graph API puts on the wire, written to be tolerant in
// the ways the real API needs (recorded responses): nearly every field may be null or missing,
// `venue` may be "", lists may be null, unknown keys are ignored (zod strips them). What we do
// insist on: a `paperId`, when present, is 40 lowercase hex characters.
import { z } from 'zod';

const PAPER_ID = /^[0-9a-f]{40}$/;

const text = z.string().nullish();
/** "" carries no information: the API sends it for unknown venues and journal parts. */
const label = text.transform((value) => (value === '' ? null : (value ?? null)));
const count = z.number().nullish();
const stringList = z
  .array(z.string().nullish())
  .nullish()
  .transform((list) => (list ?? []).filter((item): item is string => Boolean(item)));
/** Ids arrive as strings; a number (seen in some MAG and CorpusId values) is read as text. */
const idText = z.union([z.string(), z.number()]).nullish();

const externalIdsSchema = z.object({
  DOI: idText,
  ArXiv: idText,
  MAG: idText,
  DBLP: idText,
  PubMed: idText,
  PubMedCentral: idText,
  ACL: idText,
  CorpusId: z.union([z.number(), z.string()]).nullish(),
});

const authorSchema = z.object({ authorId: text, name: text });

const nestedPaperSchema = z.object({ paperId: text, title: text });

export const paperSchema = z.object({
  paperId: z.string().regex(PAPER_ID, 'paperId must be 40 hex characters').nullish(),
  corpusId: count,
  externalIds: externalIdsSchema.nullish(),
  url: label,
  title: text,
  abstract: text,
  venue: label,
  publicationVenue: z
    .object({ id: text, name: text, type: text, alternate_names: stringList, url: text })
    .nullish(),
  year: count,
  referenceCount: count,
  citationCount: count,
  influentialCitationCount: count,
  isOpenAccess: z.boolean().nullish(),
  openAccessPdf: z.object({ url: label, status: text }).nullish(),
  fieldsOfStudy: stringList,
  s2FieldsOfStudy: z
    .array(z.object({ category: text, source: text }))
    .nullish()
    .transform((list) => list ?? []),
  publicationTypes: stringList,
  publicationDate: text,
  journal: z.object({ name: label, volume: label, pages: label }).nullish(),
  citationStyles: z.object({ bibtex: text }).nullish(),
  authors: z
    .array(authorSchema)
    .nullish()
    .transform((list) => list ?? []),
  tldr: z.object({ model: text, text }).nullish(),
  citations: z.array(nestedPaperSchema).nullish(),
  references: z.array(nestedPaperSchema).nullish(),
});
export type WirePaper = z.output<typeof paperSchema>;

/** Where a single paper is asked for, its `paperId` is required. */
export const resolvedPaperSchema = paperSchema.extend({
  paperId: z.string().regex(PAPER_ID, 'paperId must be 40 hex characters'),
});
export type WireResolvedPaper = z.output<typeof resolvedPaperSchema>;

const linkFields = {
  contexts: stringList,
  intents: stringList,
  contextsWithIntent: z
    .array(z.object({ context: text, intents: stringList }))
    .nullish()
    .transform((list) => list ?? []),
  isInfluential: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
};

const page = <Item extends z.ZodType>(item: Item) =>
  z.object({
    offset: z.number().int().nonnegative(),
    next: z.number().int().nullish(),
    data: z
      .array(item)
      .nullish()
      .transform((list) => list ?? []),
  });

export const citationPageSchema = page(z.object({ ...linkFields, citingPaper: paperSchema }));
export const referencePageSchema = page(z.object({ ...linkFields, citedPaper: paperSchema }));

/** POST /paper/batch: one entry per id asked, in order, null for ids the API does not know. */
export const batchSchema = z.array(resolvedPaperSchema.nullable());

/**
 * POST /paper/batch?fields=references.paperId: per id asked, null or the paper with the ids of
 * the papers it cites. `references` may be null (recorded for details) and its unresolved
 * entries have `paperId: null`; both are read as "no link", never as a broken answer.
 */
export const referenceIdsBatchSchema = z.array(
  z
    .object({
      paperId: z.string().regex(PAPER_ID, 'paperId must be 40 hex characters'),
      references: z
        .array(
          z.object({
            paperId: z.string().regex(PAPER_ID, 'paperId must be 40 hex characters').nullish(),
          }),
        )
        .nullish()
        .transform((list) => list ?? []),
    })
    .nullable(),
);

/** GET /paper/search. With no results the API sends `{"total":0,"offset":0}`: no `data` key. */
export const searchSchema = z.object({
  total: z.coerce.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
  next: z.number().int().nullish(),
  data: z
    .array(resolvedPaperSchema)
    .nullish()
    .transform((list) => list ?? []),
});

/** GET /paper/search/match: the best match wrapped in `data` (recorded), with its score. */
export const matchSchema = z.object({
  data: z
    .array(resolvedPaperSchema.extend({ matchScore: z.number().nullish() }))
    .nullish()
    .transform((list) => list ?? []),
});

export const autocompleteSchema = z.object({
  matches: z
    .array(z.object({ id: z.string(), title: z.string(), authorsYear: label }))
    .nullish()
    .transform((list) => list ?? []),
});

/**
 * GET /recommendations/v1/papers/forpaper/{id} and POST /recommendations/v1/papers (recorded).
 * An empty list is an answer: the API has none for some papers (reported, allenai/s2-folks#176).
 * A null list or null entries read as none; a body without the key is not this answer.
 */
export const recommendationsSchema = z.object({
  recommendedPapers: z
    .array(resolvedPaperSchema.nullable())
    .nullable()
    .transform((list) => (list ?? []).filter((paper) => paper !== null)),
});

/** Error bodies: `{"error": …}` from the API itself, `{"message": …}` from its gateway. */
export const errorBodySchema = z.union([
  z.object({ error: z.string() }),
  z.object({ message: z.string() }),
]);
