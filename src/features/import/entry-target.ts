// From what a file says about one entry to the single thing it is looked up by. Every candidate
// goes through the app's one identifier parser; the best scheme wins, then the title.
import {
  InvalidIdentifierError,
  parsePaperInput,
  type IdInput,
  type IdScheme,
} from '../../domain/identifier';
import type { EntryTarget } from './import-entry';

/** What one reader found in one entry, before an identifier is chosen. */
export interface EntryFacts {
  readonly line: number | null;
  readonly key: string | null;
  /** Plain text, or null when the entry has none. */
  readonly title: string | null;
  /** Field values that should be an id: a doi, `arXiv:<eprint>`, `PMID:<n>`, a url. */
  readonly ids: readonly string[];
  /** Free text (notes, Zotero's "extra"): a line counts only when it is an id by itself. */
  readonly notes: readonly string[];
  /** What to show when there is no title: the line, or the entry's first line. */
  readonly fallbackLabel: string;
  /** Set when the entry could not be parsed at all. */
  readonly error?: string;
}

// The order the brief of import gives: the most reliable lookups first.
const RANK: readonly IdScheme[] = ['DOI', 'ARXIV', 'PMID', 'S2', 'PMCID', 'CorpusId', 'ACL', 'MAG'];

// arXiv's own DataCite DOIs (10.48550/arXiv.1706.03762) name the preprint; its arXiv id is the
// lookup Semantic Scholar is sure to know.
const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/i;

type Reading = { readonly id: IdInput } | { readonly reason: string } | null;

function read(text: string): Reading {
  try {
    const input = parsePaperInput(text);
    if (input.kind === 'title') return null;
    const arxiv = input.scheme === 'DOI' ? ARXIV_DOI.exec(input.value)?.[1] : undefined;
    return { id: arxiv === undefined ? input : (readId(`arXiv:${arxiv}`) ?? input) };
  } catch (error) {
    if (error instanceof InvalidIdentifierError) return { reason: error.reason };
    throw error;
  }
}

function readId(text: string): IdInput | undefined {
  const reading = read(text);
  return reading && 'id' in reading ? reading.id : undefined;
}

function best(ids: readonly IdInput[]): IdInput | undefined {
  return [...ids].sort((a, b) => RANK.indexOf(a.scheme) - RANK.indexOf(b.scheme))[0];
}

export function targetOf(facts: EntryFacts): EntryTarget {
  if (facts.error !== undefined) return { kind: 'unreadable', reason: facts.error };
  const found: IdInput[] = [];
  let reason: string | undefined;
  for (const text of facts.ids) {
    if (text.trim() === '') continue;
    const reading = read(text);
    if (reading && 'id' in reading) found.push(reading.id);
    else reason ??= reading?.reason;
  }
  for (const line of facts.notes.flatMap((note) => note.split(/\r?\n/))) {
    const id = line.trim() === '' ? undefined : readId(line);
    if (id) found.push(id);
  }
  const id = best(found);
  if (id) return { kind: 'id', id };
  if (facts.title !== null) return { kind: 'title', title: facts.title };
  return {
    kind: 'unreadable',
    reason: reason ?? 'This entry has no DOI, arXiv id, PubMed id, paper link or title to look up.',
  };
}
