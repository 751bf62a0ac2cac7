// Titles come out of citation-js as CSL rich text: LaTeX accents are already letters, but
// \emph, \textbf, {\sc …} and protected {Braces} become <i>, <b>, <span …> markup. Those exact
// tags are removed so a title is plain text; any other angle brackets are the title's own
// characters and stay as they are (they are shown as text, never as HTML).
import { cleanText } from '../../domain/clean-text';

const CSL_MARKUP =
  /<\/?(?:i|b|sup|sub)>|<span (?:style="font-variant:\s?small-caps;?"|class="nocase")>|<\/span>/g;

/** Plain, single-line text from a file's value; '' when there is none. */
export function plainText(value: string): string {
  return cleanText(value.replace(CSL_MARKUP, '')).replace(/\s+/g, ' ').trim();
}

const MAX_LABEL = 200;

/** A label from raw text (a line, an entry's first line): plain, and cut to a readable length. */
export function shortLabel(value: string): string {
  const text = cleanText(value).replace(/\s+/g, ' ').trim();
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;
}
