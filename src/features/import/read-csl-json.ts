// CSL-JSON (Zotero's "CSL JSON" export, and what citation-js itself reads): a list of items.
// Each item goes through citation-js alone, so one odd item costs only itself; the file as a
// whole must be JSON, since broken JSON cannot be cut into items.
import type { CiteInput } from './citation-input';
import type { EntryFacts } from './entry-target';
import { plainText, shortLabel } from './plain-text';

type Item = Readonly<Record<string, unknown>>;

const isItem = (value: unknown): value is Item =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const str = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

const texts = (value: unknown): string[] =>
  (Array.isArray(value) ? (value as unknown[]) : [value]).map(str);

const prefixed = (scheme: string, value: unknown): string =>
  str(value).trim() === '' ? '' : `${scheme}:${str(value).trim()}`;

function unreadable(label: string, error: string): EntryFacts {
  return { line: null, key: null, title: null, ids: [], notes: [], fallbackLabel: label, error };
}

function itemFacts(input: CiteInput, raw: unknown, index: number): EntryFacts {
  const position = `Item ${index + 1}`;
  if (!isItem(raw)) {
    return unreadable(shortLabel(JSON.stringify(raw)), `${position} is not a CSL-JSON object.`);
  }
  let csl: unknown;
  try {
    csl = (input.chain(raw, { generateGraph: false }) as unknown[] | undefined)?.[0];
  } catch {
    csl = undefined;
  }
  if (!isItem(csl))
    return unreadable(str(raw.id) || position, `${position} could not be read as CSL-JSON.`);
  return {
    line: null,
    key: str(csl.id) || null,
    title: plainText(str(csl.title)) || null,
    ids: [str(csl.DOI), prefixed('PMID', csl.PMID), prefixed('PMCID', csl.PMCID), str(csl.URL)],
    // Zotero puts its "extra" into note and an arXiv preprint's id into number ("arXiv:…").
    notes: [...texts(csl.note), str(csl.number)],
    fallbackLabel: str(csl.id) || position,
  };
}

export function readCslJson(input: CiteInput, text: string): EntryFacts[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` (${error.message})` : '';
    return [
      unreadable('CSL-JSON file', `This file is not valid JSON${detail}: no entry could be read.`),
    ];
  }
  const items = Array.isArray(data) ? (data as unknown[]) : [data];
  return items.map((item, index) => itemFacts(input, item, index));
}
