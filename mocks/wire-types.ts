// The JSON the Semantic Scholar Academic Graph API puts on the wire, as the twin serves it.
// Nullability follows the recorded real responses: nearly everything may be null, `venue` may
// also be "", `journal` may omit keys, and unresolved list entries have `paperId: null`.

export interface WireExternalIds {
  DOI?: string;
  ArXiv?: string;
  PubMed?: string;
  PubMedCentral?: string;
  ACL?: string;
  MAG?: string;
  DBLP?: string;
  CorpusId?: number;
}

export interface WirePublicationVenue {
  id: string;
  name: string;
  type?: string;
  alternate_names?: string[];
  issn?: string;
  url?: string;
}

export interface WireJournal {
  name?: string;
  volume?: string;
  pages?: string;
}

export interface WireAuthor {
  authorId: string | null;
  name: string;
}

export interface WireOpenAccessPdf {
  url: string;
  status: string | null;
}

export interface WireFieldOfStudy {
  category: string;
  source: string;
}

export interface WireTldr {
  model: string;
  text: string;
}

/** A resolved paper with every field the twin can serve. */
export interface WirePaper {
  paperId: string;
  corpusId: number;
  externalIds: WireExternalIds | null;
  url: string;
  title: string;
  abstract: string | null;
  venue: string | null;
  publicationVenue: WirePublicationVenue | null;
  year: number | null;
  referenceCount: number;
  citationCount: number;
  influentialCitationCount: number;
  isOpenAccess: boolean;
  openAccessPdf: WireOpenAccessPdf | null;
  fieldsOfStudy: string[] | null;
  s2FieldsOfStudy: WireFieldOfStudy[] | null;
  publicationTypes: string[] | null;
  publicationDate: string | null;
  journal: WireJournal | null;
  authors: WireAuthor[] | null;
  tldr: WireTldr | null;
}

/**
 * A list entry the API could not match to a paper (recorded: a bibliography string). Only a title,
 * maybe a year, and the title repeated as venue; every other field is null and `authors` is [].
 */
export interface WireUnresolvedPaper {
  paperId: null;
  title: string;
  year: number | null;
}

/** One citing sentence with its own intents (an item of `contextsWithIntent`). */
export interface WireContext {
  readonly context: string;
  readonly intents: readonly string[];
}

/**
 * The facts of one citation edge, as `/citations` and `/references` report them: `contexts` is
 * the sentences of `contextsWithIntent`, and `intents` the union of theirs (and maybe more).
 */
export interface WireEdgeFacts {
  isInfluential: boolean;
  intents: readonly string[];
  contexts: readonly string[];
  contextsWithIntent: readonly WireContext[];
}

/** A projected JSON object (a paper or a list item with the requested fields only). */
export type WireObject = Record<string, unknown>;

export interface WireLinkPage {
  offset: number;
  next?: number;
  data: WireObject[];
}

export interface WireSearchPage {
  total: number;
  offset: number;
  next?: number;
  data?: WireObject[];
}

export interface WireAutocomplete {
  matches: { id: string; title: string; authorsYear: string }[];
}

export interface WireError {
  error: string;
}
