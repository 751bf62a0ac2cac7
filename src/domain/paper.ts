// The shared vocabulary of Citescope: what a paper is once it has crossed the API boundary.
// Nothing here knows about HTTP, React or Cytoscape.

declare const paperIdBrand: unique symbol;
/** A Semantic Scholar `paperId` (40 hex characters). Made only where it is validated. */
export type PaperId = string & { readonly [paperIdBrand]: true };

declare const apiIdBrand: unique symbol;
/**
 * Any identifier the Semantic Scholar API accepts in a path: a `paperId`, `CorpusId:…`, `DOI:…`,
 * `ARXIV:…`, `PMID:…`, `PMCID:…`, `ACL:…`, `MAG:…` or `URL:…`. Made by the identifier parser.
 */
export type ApiPaperId = string & { readonly [apiIdBrand]: true };

const PAPER_ID = /^[0-9a-f]{40}$/;

export function isPaperId(value: string): value is PaperId {
  return PAPER_ID.test(value);
}

/** Brands a string already checked to be a 40-hex `paperId`; throws on anything else. */
export function toPaperId(value: string): PaperId {
  if (!isPaperId(value)) throw new TypeError(`Not a Semantic Scholar paperId: ${value}`);
  return value;
}

export interface Author {
  readonly id: string | null;
  readonly name: string;
}

/** External identifiers as the API reports them (absent ones omitted). */
export interface ExternalIds {
  readonly doi?: string;
  readonly arxiv?: string;
  readonly pubmed?: string;
  readonly pubmedCentral?: string;
  readonly acl?: string;
  readonly mag?: string;
  readonly dblp?: string;
  readonly corpusId?: number;
}

export interface Journal {
  readonly name: string | null;
  readonly volume: string | null;
  readonly pages: string | null;
}

/** Everything we know of a paper, resolved or not. Unknown values are `null`, lists are empty. */
export interface PaperFields {
  readonly title: string | null;
  readonly abstract: string | null;
  readonly tldr: string | null;
  readonly year: number | null;
  readonly publicationDate: string | null;
  readonly venue: string | null;
  readonly journal: Journal | null;
  readonly authors: readonly Author[];
  readonly citationCount: number | null;
  readonly referenceCount: number | null;
  readonly influentialCitationCount: number | null;
  readonly fieldsOfStudy: readonly string[];
  readonly publicationTypes: readonly string[];
  readonly isOpenAccess: boolean | null;
  readonly openAccessPdfUrl: string | null;
  readonly url: string | null;
  readonly externalIds: ExternalIds;
}

/** A paper Semantic Scholar knows, with its `paperId`. */
export interface Paper extends PaperFields {
  readonly id: PaperId;
}

/**
 * A reference (or, rarely, a citation) the API returned without a `paperId`: usually an
 * unmatched bibliography string with a title and maybe a year. Kept and counted, never dropped.
 */
export interface UnresolvedPaper extends PaperFields {
  readonly id: null;
}

export type AnyPaper = Paper | UnresolvedPaper;

/** Why one paper cites another, as Semantic Scholar classifies each citing sentence. */
export const INTENTS = ['background', 'methodology', 'result'] as const;
export type Intent = (typeof INTENTS)[number];

/** The intents of `values` that we know, each once, in the order of INTENTS. */
export function intentSet(values: Iterable<string>): Intent[] {
  const given = new Set(values);
  return INTENTS.filter((intent) => given.has(intent));
}

/** One sentence of the citing paper that mentions the cited one, with that sentence's intents. */
export interface CitationContext {
  readonly text: string;
  readonly intents: readonly Intent[];
}

/** One entry of a paper's citation or reference list: the other paper and the edge's own facts. */
export interface CitationLink {
  readonly paper: AnyPaper;
  readonly isInfluential: boolean;
  /** The union of the intents of the whole citation (every sentence's, and the edge's own). */
  readonly intents: readonly Intent[];
  /** Empty where the API has none (publishers often restrict them). */
  readonly contexts: readonly CitationContext[];
}

/** One page of a citation or reference list, with the offset of the next page if there is one. */
export interface LinkPage {
  readonly offset: number;
  readonly next: number | null;
  readonly links: readonly CitationLink[];
}

export type Direction = 'citations' | 'references';
