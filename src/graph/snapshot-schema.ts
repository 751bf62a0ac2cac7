// The schema of a view snapshot file, mirroring the domain types field for field. Each schema is
// annotated with the domain type it produces, so a field added to `Paper` or `GraphFilters`
// without a place here fails to compile instead of silently vanishing from snapshots.
import { z } from 'zod';
import {
  isPaperId,
  toPaperId,
  type AnyPaper,
  type CitationLink,
  type Paper,
  type PaperFields,
  type UnresolvedPaper,
} from '../domain/paper';
import type { GraphFilters } from './filters';
import { isLayoutName, type LayoutName, type Point } from './layout/positions';

const text = z.string().nullable();
const count = z.number().nullable();

const paperFields = {
  title: text,
  abstract: text,
  tldr: text,
  year: z.number().int().nullable(),
  publicationDate: text,
  venue: text,
  journal: z.object({ name: text, volume: text, pages: text }).nullable(),
  authors: z.array(z.object({ id: text, name: z.string() })),
  citationCount: count,
  referenceCount: count,
  influentialCitationCount: count,
  fieldsOfStudy: z.array(z.string()),
  publicationTypes: z.array(z.string()),
  isOpenAccess: z.boolean().nullable(),
  openAccessPdfUrl: text,
  url: text,
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

export const linkSchema: z.ZodType<CitationLink> = z.object({
  paper: anyPaperSchema,
  isInfluential: z.boolean(),
  intents: z.array(z.string()),
  contexts: z.array(z.string()),
});

export const filtersSchema: z.ZodType<GraphFilters> = z.object({
  yearFrom: z.number().int().nullable(),
  yearTo: z.number().int().nullable(),
  minCitations: z.number().nonnegative(),
  text: z.string(),
  showReferences: z.boolean(),
  showCitations: z.boolean(),
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

export const positionsSchema = z.record(nodeKey, point);
