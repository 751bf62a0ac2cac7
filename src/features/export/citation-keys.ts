// Citation keys in the familiar `vaswani2017attention` form: first author's family name, year,
// first meaningful word of the title, in plain ASCII so that every BibTeX tool accepts them. The
// same paper gets the same key in every export; only a clash within one export adds `_2`, `_3` …
// (base keys are letters and digits only, so a suffixed key can never equal another base key).
import type { AnyPaper } from '../../domain/paper';
import { splitName } from './author-names';

const STOP_WORDS = new Set(
  'a an the on of in for and to with from by at as is are via toward towards'.split(' '),
);

function ascii(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[æ]/g, 'ae')
    .replace(/[ø]/g, 'o')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function familyWord(paper: AnyPaper): string {
  const name = splitName(paper.authors[0]?.name ?? '');
  const family = name?.family ?? name?.literal?.split(' ')[0] ?? '';
  return ascii(family).replace(/ /g, '').slice(0, 24);
}

function titleWord(paper: AnyPaper): string {
  const words = ascii(paper.title ?? '').split(' ');
  return (words.find((word) => word && !STOP_WORDS.has(word)) ?? '').slice(0, 24);
}

function baseKey(paper: AnyPaper): string {
  return `${familyWord(paper) || 'anon'}${paper.year ?? 'nd'}${titleWord(paper)}`;
}

/** One key per paper, in order, unique within the list. */
export function citationKeys(papers: readonly AnyPaper[]): string[] {
  const used = new Map<string, number>();
  return papers.map((paper) => {
    const base = baseKey(paper);
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    return count === 1 ? base : `${base}_${count}`;
  });
}
