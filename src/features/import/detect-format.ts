// Which reader a text needs. Content decides, because files are often misnamed (a `.txt` of
// BibTeX, Zotero's `.json`); the file name only breaks a tie when the content shows no format.
import type { ImportFormat } from './import-entry';

const BIBTEX = /^\s*@\s*[A-Za-z]+\s*[{(]/m;
const RIS = /^\s*TY {2}- /m;

function byContent(text: string): ImportFormat | null {
  const start = text.trimStart().charAt(0);
  if (start === '[' || start === '{') return 'csl-json';
  if (RIS.test(text)) return 'ris';
  if (BIBTEX.test(text)) return 'bibtex';
  return null;
}

const BY_EXTENSION: Readonly<Record<string, ImportFormat>> = {
  bib: 'bibtex',
  bibtex: 'bibtex',
  biblatex: 'bibtex',
  ris: 'ris',
  json: 'csl-json',
};

export function detectFormat(text: string, fileName?: string): ImportFormat {
  const extension = /\.([a-z]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase() ?? '';
  return byContent(text) ?? BY_EXTENSION[extension] ?? 'lines';
}
