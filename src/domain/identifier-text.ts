// Text clean-up around pasted identifiers: what copying from a PDF, an e-mail or a reference list
// leaves at the edges of an id.

// `\s` already covers no-break and byte-order-mark spaces; zero-width ones come with copied links.
const EDGE_SPACE = /^[\s\u200b-\u200d\u2060]+|[\s\u200b-\u200d\u2060]+$/g;

// Quotes and brackets people put around an id or a title. Parentheses and square brackets are
// included for "(doi:…)" and "[arXiv:…]" in reference lists.
const WRAPPERS = new Map([
  ['"', '"'],
  ["'", "'"],
  ['`', '`'],
  ['“', '”'],
  ['„', '“'],
  ['‘', '’'],
  ['«', '»'],
  ['<', '>'],
  ['(', ')'],
  ['[', ']'],
]);

/** Trims edge whitespace and any number of surrounding quote or bracket pairs. */
export function cleanInput(input: string): string {
  let text = input.replace(EDGE_SPACE, '');
  for (;;) {
    // "(doi:10.1000/xyz)," from a reference list: the pair is inside the sentence punctuation.
    const inner = unwrap(text) ?? unwrap(text.replace(/[.,;:!?]+$/, ''));
    if (inner === undefined) return text;
    text = inner.replace(EDGE_SPACE, '');
  }
}

function unwrap(text: string): string | undefined {
  const open = text.charAt(0);
  const close = WRAPPERS.get(open);
  if (close === undefined || text.length < 2 || !text.endsWith(close)) return undefined;
  return enclosesAll(text, open, close) ? text.slice(1, -1) : undefined;
}

// `"a" and "b"` or `(a) and (b)` start and end with a pair but are not wrapped by it; stripping
// them would damage a title.
function enclosesAll(text: string, open: string, close: string): boolean {
  const inner = text.slice(1, -1);
  if (open === close) return !inner.includes(open);
  let depth = 0;
  for (const char of inner) {
    if (char === open) depth += 1;
    else if (char === close && --depth < 0) return false;
  }
  return depth === 0;
}

// A DOI copied from a PDF or a reference list often has a space beside its first slash
// ("10.1038/ nature12373", "10.1038 /nature12373"): a line broken at the slash comes back as a
// space. A DOI never contains whitespace, so text that is one DOI but for spaces around that
// slash is joined back; text with more words after the slash stays a title.
const SPLIT_DOI = /^((?:doi\s*:?\s*)?10\.\d{4,9}(?:\.\d+)*)\s*\/\s*(\S+)$/i;

/** "10.1038 / nature12373" → "10.1038/nature12373"; any other text is returned as it is. */
export function joinSplitDoi(text: string): string {
  const match = SPLIT_DOI.exec(text);
  return match ? `${match[1] ?? ''}/${match[2] ?? ''}` : text;
}

// Sentence and list punctuation that follows an id in running text, and invisible characters that
// a decoded link can end with. Closing brackets are trimmed only when unbalanced: DOIs such as
// 10.1002/(SICI)1097-4636(199911)… contain balanced ones.
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', '"', "'", '”', '’', '»']);
const INVISIBLE = /[\u200b-\u200d\u2060]$/;
const CLOSERS = new Map([
  [')', '('],
  [']', '['],
  ['}', '{'],
  ['>', '<'],
]);

/** Drops punctuation that ended the sentence around an id rather than the id itself. */
export function trimTrailingPunctuation(token: string): string {
  let text = token;
  for (;;) {
    const last = text.charAt(text.length - 1);
    const opener = CLOSERS.get(last);
    const unbalanced = opener !== undefined && count(text, last) > count(text, opener);
    if (!TRAILING.has(last) && !unbalanced && !INVISIBLE.test(last)) return text;
    text = text.slice(0, -1);
  }
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
