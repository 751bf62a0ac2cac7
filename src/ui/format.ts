import type { AnyPaper, Author } from '../domain/paper';

const number = new Intl.NumberFormat('en');

export function formatCount(value: number | null): string {
  return value === null ? '–' : number.format(value);
}

export function formatAuthors(authors: readonly Author[], max = 3): string {
  if (authors.length === 0) return 'Unknown authors';
  const names = authors.slice(0, max).map((a) => a.name);
  return authors.length > max ? `${names.join(', ')} et al.` : names.join(', ');
}

export function paperTitle(paper: AnyPaper): string {
  return paper.title ?? 'Untitled';
}

/** "Vaswani 2017": the short label of a node. */
export function shortLabel(paper: AnyPaper): string {
  const first = paper.authors[0]?.name.split(/\s+/).at(-1) ?? paper.title?.split(/\s+/)[0] ?? '?';
  return paper.year === null ? first : `${first} ${paper.year}`;
}
