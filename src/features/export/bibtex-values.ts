// Every value Citescope hands citation-js for BibTeX, made safe for BibTeX and LaTeX. The threat:
// text from the API (or an edited snapshot) that ends its value early and adds fields or
// entries, or reaches LaTeX as a command (`\input`, `\write18`) when the bibliography is typeset.
// BibTeX matches braces whatever stands before them (`\}` still closes a value), and TeX reads
// `^^5c` as a backslash; so a value may hold no unpaired brace, no backslash and no `^^` that
// Citescope did not write itself. Each CSL field has its escape in `ESCAPES`: a field added to
// `CslItem` without one does not compile.
// - Text (titles, venues, names, volume, pages) is UTF-8 with LaTeX's special characters written
//   as commands: braces as \textbraceleft{} and \textbraceright{}, never \{ and \}.
// - DOI and URL are verbatim fields (read as is, never as LaTeX), and citation-js copies the URL
//   into `howpublished`, which is typeset. In both, a character that could end the value or turn
//   into a command is percent-encoded as in a link; the rest of the address stays as it is.
// - Rich-text tags (<i>, <sup> …) that open and close in order stay for citation-js to write as
//   \textit{…} and the like; the rest are dropped, keeping their text.
import type { CslName } from './author-names';
import type { CslItem } from './csl';

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
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
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

function escapeLatex(text: string): string {
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

const percentEncode = (char: string) =>
  [...new TextEncoder().encode(char)]
    .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
    .join('');

// A `%` that starts an escape (`%2F`) is part of the address; any other `%` is encoded.
const UNSAFE_IN_DOI = /[{}\\^\s\p{Cc}]|%(?![0-9A-Fa-f]{2})/gu;
// `<` and `>` too: in `howpublished` citation-js would read them as rich-text tags.
const UNSAFE_IN_URL = /[{}\\^<>$\s\p{Cc}]|%(?![0-9A-Fa-f]{2})/gu;

function escapeDoi(doi: string): string {
  return doi.replace(UNSAFE_IN_DOI, percentEncode);
}

function escapeUrl(url: string): string {
  return url.replace(UNSAFE_IN_URL, percentEncode);
}

/** Citation keys are made of ASCII letters and digits already; this keeps it so. */
function escapeKey(key: string): string {
  return key.replace(/[^A-Za-z0-9_:-]/g, '');
}

type Escapes = { readonly [K in keyof CslItem]-?: (value: NonNullable<CslItem[K]>) => CslItem[K] };

const ESCAPES: Escapes = {
  id: escapeKey,
  'citation-key': escapeKey,
  type: (type) => type,
  title: escapeRichText,
  'container-title': escapeRichText,
  volume: escapeLatex,
  page: escapeLatex,
  author: (names) => names.map(escapeName),
  // Only the year: citation-js writes a full date as `month = {jun 12}`, which styles print as is.
  issued: (issued) => ({ 'date-parts': [issued['date-parts'][0].slice(0, 1)] }),
  DOI: escapeDoi,
  URL: escapeUrl,
};

export function forBibtex(item: CslItem): CslItem {
  const escaped: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(item)) {
    if (value === undefined) continue;
    // The value belongs to the field it is read from, so its own escape takes it.
    const escape = ESCAPES[field as keyof CslItem] as (value: unknown) => unknown;
    escaped[field] = escape(value);
  }
  return escaped as unknown as CslItem;
}
