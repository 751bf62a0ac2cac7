// Small builders for domain objects in unit tests (not the API twin: that lives in mocks/).
import {
  intentSet,
  toPaperId,
  type CitationLink,
  type Intent,
  type Paper,
  type PaperFields,
  type UnresolvedPaper,
} from '../domain/paper';

const EMPTY: PaperFields = {
  title: null,
  abstract: null,
  tldr: null,
  year: null,
  publicationDate: null,
  venue: null,
  journal: null,
  authors: [],
  citationCount: null,
  referenceCount: null,
  influentialCitationCount: null,
  fieldsOfStudy: [],
  publicationTypes: [],
  isOpenAccess: null,
  openAccessPdfUrl: null,
  url: null,
  externalIds: {},
};

/** A paper whose id is derived from `n`, so `paper(3)` is always the same paper. */
export function paper(n: number, fields: Partial<PaperFields> = {}): Paper {
  return {
    ...EMPTY,
    title: `Paper ${n}`,
    ...fields,
    id: toPaperId(n.toString(16).padStart(40, '0')),
  };
}

export function unresolved(title: string, fields: Partial<PaperFields> = {}): UnresolvedPaper {
  return { ...EMPTY, title, ...fields, id: null };
}

export function link(p: Paper | UnresolvedPaper, isInfluential = false): CitationLink {
  return { paper: p, isInfluential, intents: [], contexts: [] };
}

/** A link whose every context sentence has the given intents (none: no context at all). */
export function citing(
  p: Paper | UnresolvedPaper,
  intents: readonly Intent[],
  isInfluential = false,
): CitationLink {
  const contexts = intents.map((intent) => ({ text: `Uses it for ${intent}.`, intents: [intent] }));
  return { paper: p, isInfluential, intents: intentSet(intents), contexts };
}

export function unresolvedLink(title: string, fields: Partial<PaperFields> = {}): CitationLink {
  return link(unresolved(title, fields));
}
