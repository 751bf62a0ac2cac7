// BibTeX and RIS of a list of papers, written by citation-js from our CSL-JSON: the library
// decides entry types, field names, name order and dates. Guards sit between our data and it,
// each for a way its output would otherwise be wrong or unsafe:
// - BibTeX: in its default ASCII mode citation-js drops every character it has no LaTeX command
//   for (CJK, Cyrillic, ≤, ∑ …) and writes accented Greek as invalid LaTeX. We switch that mode
//   off, so text stays UTF-8 (what biber, JabRef, Zotero and Overleaf expect), and make every
//   value safe ourselves (bibtex-values.ts), which the library then leaves alone.
// - RIS: citation-js wraps values at 70 characters, and readers join the pieces with a space,
//   which corrupts every URL longer than that (all Semantic Scholar links). We take the library's
//   records (its field mapping) and write the lines ourselves, one value per line: any line end
//   or control character inside a value becomes a space, so no value can start a tag of its own.
//   Its RIS names also drop a particle ("van"), so particles go into the family name first.
import type { AnyPaper } from '../../domain/paper';
import { forBibtex } from './bibtex-values';
import { loadCite } from './citation-library';
import { toCsl, type CslItem } from './csl';

export async function toBibtex(papers: readonly AnyPaper[]): Promise<string> {
  const Cite = await loadCite();
  const output = new Cite(toCsl(papers).map(forBibtex)).format('bibtex');
  return String(output);
}

function forRis(item: CslItem): CslItem {
  if (!item.author) return item;
  const author = item.author.map(({ 'non-dropping-particle': particle, ...name }) =>
    particle && name.family ? { ...name, family: `${particle} ${name.family}` } : name,
  );
  return { ...item, author };
}

type RisRecord = Readonly<Record<string, unknown>>;

function isRecordList(value: unknown): value is readonly RisRecord[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === 'object' && entry);
}

// Unicode's line ends (\u2028, \u0085 …), the C0/C1 controls some readers split on, and space.
const BREAKS = /[\s\p{Cc}]+/gu;

function oneLine(value: string): string {
  return value.replace(BREAKS, ' ').trim();
}

function risLines(record: RisRecord): string[] {
  const lines = [`TY  - ${String(record.TY)}`];
  for (const [tag, value] of Object.entries(record)) {
    if (tag === 'TY' || value === undefined || value === null) continue;
    for (const one of Array.isArray(value) ? (value as unknown[]) : [value]) {
      lines.push(`${tag}  - ${oneLine(String(one))}`);
    }
  }
  lines.push('ER  - ');
  return lines;
}

/** RIS with CRLF line ends, as the format's specification has it. */
export async function toRis(papers: readonly AnyPaper[]): Promise<string> {
  const Cite = await loadCite();
  const records = new Cite(toCsl(papers).map(forRis)).format('ris', { format: 'object' });
  if (!isRecordList(records)) throw new Error('citation-js returned no RIS records.');
  return records.map((record) => [...risLines(record), ''].join('\r\n')).join('\r\n');
}
