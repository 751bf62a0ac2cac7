// What the reader hands the Import dialog, read as text and checked before anything is looked
// up: a file that is empty, too large, not text or of another kind is refused with a reason,
// so a stray PDF never turns into hundreds of title searches.
import { detectFormat } from './detect-format';

export interface ImportSource {
  readonly text: string;
  /** The file's name; null for pasted text. */
  readonly fileName: string | null;
}

/** Reference-manager exports are kilobytes to a few megabytes; past this it is not one. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export const IMPORT_ACCEPT = '.bib,.ris,.json,.txt';

/** Extensions whose content may be a plain list of identifiers. */
const LIST_EXTENSIONS = new Set(['txt', 'text', 'csv', 'tsv', '']);

const extensionOf = (name: string): string => /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/** Nul bytes or replacement characters: a binary file decoded as text. */
// eslint-disable-next-line no-control-regex -- a nul character is what this looks for
const looksBinary = (text: string): boolean => /[\u0000\uFFFD]/.test(text.slice(0, 4096));

/** Why this text cannot be imported, or null when it can be read for entries. */
export function sourceProblem({ text, fileName }: ImportSource): string | null {
  const what = fileName === null ? 'The pasted text' : `“${fileName}”`;
  if (text.trim() === '') return `${what} is empty: there is nothing to import.`;
  if (fileName === null) return null;
  const kind =
    'Choose a BibTeX (.bib), RIS (.ris) or CSL-JSON (.json) file, or a list of identifiers';
  if (looksBinary(text)) return `${what} is not a text file. ${kind}.`;
  if (detectFormat(text, fileName) === 'lines' && !LIST_EXTENSIONS.has(extensionOf(fileName))) {
    return `${what} is not a BibTeX, RIS or CSL-JSON file. ${kind}.`;
  }
  return null;
}

/** The file's text, or why it cannot be read. Files are read as text only. */
export async function readSourceFile(file: File): Promise<ImportSource | string> {
  if (file.size > MAX_IMPORT_BYTES) {
    const mb = (file.size / 1024 / 1024).toFixed(0);
    return `“${file.name}” is ${mb} MB; an export of a reference library is far smaller. Import it in parts.`;
  }
  try {
    return { text: await file.text(), fileName: file.name };
  } catch {
    return `Could not read “${file.name}”.`;
  }
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The file's name without its extension, or "Imported on 2026-11-30" (local date) for text. */
export function defaultCollectionName(fileName: string | null, today: Date): string {
  const stem = fileName?.replace(/\.[^.]*$/, '').trim();
  if (stem) return stem;
  const date = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
  return `Imported on ${date}`;
}
