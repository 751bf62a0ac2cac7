// Text from outside (the API, snapshot files) is shown as text, but some invisible characters
// still change what a reader sees: a right-to-left override turns "fdp.exe" into "exe.pdf", and
// zero-width characters make two different titles look identical. `cleanText` removes them.
//
// Removed: the bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), the
// direction marks LRM, RLM and ALM (U+200E, U+200F, U+061C), and the invisible zero-width
// characters ZWSP, word joiner, BOM and the Mongolian vowel separator (U+200B, U+2060, U+FEFF,
// U+180E). Kept: ZWNJ and ZWJ (U+200C, U+200D), which Persian, Indic scripts and emoji need to
// be spelled right. Right-to-left text itself is untouched: the browser lays it out from the
// letters' own direction.
const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B\u2060\uFEFF\u180E]/g;

export function cleanText(text: string): string {
  return text.replace(INVISIBLE, '');
}
