// Reading a reference-manager file or a pasted list into entries, each with the one identifier
// (or title) it will be looked up by. Nothing is dropped: a malformed entry becomes an
// unreadable one with its reason, and a repeated identifier is marked, not removed.
import { loadCiteInput, type CiteInput } from './citation-input';
import { detectFormat } from './detect-format';
import { targetOf, type EntryFacts } from './entry-target';
import type { EntryTarget, Extraction, ImportEntry, ImportFormat } from './import-entry';
import { readBibtex } from './read-bibtex';
import { readCslJson } from './read-csl-json';
import { readLines } from './read-lines';
import { readRis } from './read-ris';

const READERS: Readonly<
  Record<Exclude<ImportFormat, 'lines'>, (input: CiteInput, text: string) => EntryFacts[]>
> = { bibtex: readBibtex, ris: readRis, 'csl-json': readCslJson };

/** What makes two entries the same: the API id (any case), or for title-only entries the words. */
function sameness(target: EntryTarget): string | null {
  if (target.kind === 'id') return `id:${target.id.apiId.toLowerCase()}`;
  if (target.kind === 'title') {
    return `title:${target.title
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()}`;
  }
  return null;
}

/**
 * The entries of a `.bib`, `.ris` or CSL-JSON file, or of pasted text with one identifier per
 * line. The format is recognised from the content (the file name only breaks ties).
 */
export async function extractEntries(text: string, fileName?: string): Promise<Extraction> {
  const format = detectFormat(text, fileName);
  // Pasted lines need no parsing library, so none is downloaded for them.
  const facts = format === 'lines' ? readLines(text) : READERS[format](await loadCiteInput(), text);
  const first = new Map<string, number>();
  const entries = facts.map((fact, index): ImportEntry => {
    const position = index + 1;
    const target = targetOf(fact);
    const same = sameness(target);
    const duplicateOf = same === null ? null : (first.get(same) ?? null);
    if (same !== null && duplicateOf === null) first.set(same, position);
    return {
      position,
      line: fact.line,
      label: fact.title ?? fact.fallbackLabel,
      key: fact.key,
      target,
      duplicateOf,
    };
  });
  return { format, entries };
}
