// What extraction makes of each entry of an imported file or pasted list: where it is, what to
// show for it, and the one identifier (or title) it will be looked up by.
import type { IdInput } from '../../domain/identifier';

export type ImportFormat = 'bibtex' | 'ris' | 'csl-json' | 'lines';

/** What an entry is looked up by: an id, its title alone, or nothing (with the reason). */
export type EntryTarget =
  | { readonly kind: 'id'; readonly id: IdInput }
  | { readonly kind: 'title'; readonly title: string }
  | { readonly kind: 'unreadable'; readonly reason: string };

export interface ImportEntry {
  /** 1-based order in the file or list. */
  readonly position: number;
  /** 1-based line where the entry starts; null in CSL-JSON, whose items have no lines. */
  readonly line: number | null;
  /** Plain text to show: the title, else the citation key or the line itself. */
  readonly label: string;
  /** The BibTeX key or CSL `id`, when the entry has one. */
  readonly key: string | null;
  readonly target: EntryTarget;
  /** Position of an earlier entry with the same identifier (or title), else null. */
  readonly duplicateOf: number | null;
}

export interface Extraction {
  readonly format: ImportFormat;
  readonly entries: readonly ImportEntry[];
}
