// BibTeX and RIS of a list of papers, written by citation-js from our CSL-JSON: the library
// decides entry types, field names, name order and dates. Three guards sit between our data and
// it, each for a way its output would otherwise be wrong:
// - BibTeX text: in its default ASCII mode citation-js drops every character it has no LaTeX
//   command for (CJK, Cyrillic, ≤, ∑ …) and writes accented Greek as invalid LaTeX. We switch
//   that mode off, so text stays UTF-8 (what biber, JabRef, Zotero and Overleaf expect), and
//   escape the LaTeX special characters ourselves, which the library then leaves alone.
// - BibTeX titles: citation-js reads `<i>`, `<b>`, `<sup>` … as CSL rich text and writes an
//   opening brace for each; an unclosed one would unbalance the braces of every later entry.
//   Tags that do not open and close in order are dropped, their text kept.
// - RIS: citation-js wraps values at 70 characters, and readers join the pieces with a space,
//   which corrupts every URL longer than that (all Semantic Scholar links). We take the library's
//   records (its field mapping) and write the lines ourselves, one value per line. Its RIS names
//   also drop a particle ("van"), so particles go into the family name first ("van Gogh").
import type { AnyPaper } from '../../domain/paper';
import { loadCite } from './citation-library';
import type { CslName } from './author-names';
import { toCsl, type CslItem } from './csl';

const RICH_TAG = /<(\/?)(i|b|sc|sup|sub|span)\b[^>]*>/g;

/** Keeps rich-text tags that open and close in order; drops the rest, keeping the text. */
export function balanceRichText(text: string): string {
  const tags = [...text.matchAll(RICH_TAG)];
  const open: RegExpExecArray[] = [];
  const kept = new Set<number>();
  for (const tag of tags) {
    const [, closing, name] = tag;
    if (!closing) {
      open.push(tag);
      continue;
    }
    const top = open.at(-1);
    if (top && top[2] === name) {
      open.pop();
      kept.add(top.index).add(tag.index);
    }
  }
  return text.replace(RICH_TAG, (whole, _c, _n, index: number) => (kept.has(index) ? whole : ''));
}

const LATEX_SPECIALS: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};

export function escapeLatex(text: string): string {
  return text.replace(/[\\{}$&%#_~^<>]/g, (char) => LATEX_SPECIALS[char] ?? char);
}

/** Balanced rich-text tags stay for citation-js to translate; the text between is escaped. */
function escapeRichText(text: string): string {
  const balanced = balanceRichText(text);
  let result = '';
  let last = 0;
  for (const tag of balanced.matchAll(RICH_TAG)) {
    result += escapeLatex(balanced.slice(last, tag.index)) + tag[0];
    last = tag.index + tag[0].length;
  }
  return result + escapeLatex(balanced.slice(last));
}

function escapeName(name: CslName): CslName {
  return Object.fromEntries(
    Object.entries(name).map(([part, value]) => [part, escapeLatex(String(value))]),
  );
}

function forBibtex(item: CslItem): CslItem {
  const { title, 'container-title': container, volume, page, author, issued } = item;
  const year = issued?.['date-parts'][0][0];
  return {
    ...item,
    ...(title === undefined ? {} : { title: escapeRichText(title) }),
    ...(container === undefined ? {} : { 'container-title': escapeRichText(container) }),
    ...(volume === undefined ? {} : { volume: escapeLatex(volume) }),
    ...(page === undefined ? {} : { page: escapeLatex(page) }),
    ...(author === undefined ? {} : { author: author.map(escapeName) }),
    // Only the year: citation-js writes a full date as `month = {jun 12}`, which styles print as is.
    ...(year === undefined ? {} : { issued: { 'date-parts': [[year]] } }),
  };
}

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

function risLines(record: RisRecord): string[] {
  const lines = [`TY  - ${String(record.TY)}`];
  for (const [tag, value] of Object.entries(record)) {
    if (tag === 'TY' || value === undefined || value === null) continue;
    for (const one of Array.isArray(value) ? (value as unknown[]) : [value]) {
      lines.push(`${tag}  - ${String(one).replace(/\s+/g, ' ')}`);
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
