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
