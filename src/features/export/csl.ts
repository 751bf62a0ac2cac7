// Papers as CSL-JSON, the interchange format citation libraries read: the one place that decides
// how our fields map onto bibliographic ones.
import type { AnyPaper } from '../../domain/paper';
import { clean, splitName, type CslName } from './author-names';
import { citationKeys } from './citation-keys';

type CslType = 'article-journal' | 'paper-conference' | 'article';

export interface CslItem {
  readonly id: string;
  readonly 'citation-key': string;
  readonly type: CslType;
  readonly title?: string;
  readonly author?: readonly CslName[];
  readonly issued?: { readonly 'date-parts': readonly [readonly number[]] };
  readonly 'container-title'?: string;
  readonly volume?: string;
  readonly page?: string;
  readonly DOI?: string;
  readonly URL?: string;
}

function cslType(types: readonly string[]): CslType {
  if (types.includes('Conference')) return 'paper-conference';
  if (types.includes('JournalArticle')) return 'article-journal';
  return 'article';
}

function dateParts(paper: AnyPaper): [number, ...number[]] | undefined {
  if (paper.year === null) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(paper.publicationDate ?? '');
  // The full date only when it agrees with the year the API gives.
  if (match && Number(match[1]) === paper.year) {
    return [paper.year, Number(match[2]), Number(match[3])];
  }
  return [paper.year];
}

// A DOI is `10.<registrant>/<suffix>`; anything else in the field is not one.
const DOI_SHAPE = /^10\.\d+(?:\.\d+)*\/\S/;

function doi(value: string | undefined): string | undefined {
  const text = clean(value);
  return text && DOI_SHAPE.test(text) ? text : undefined;
}

/** A link readers may open: http(s) only, never `javascript:` or `file:`. */
function webAddress(value: string | null): string | undefined {
  const text = clean(value);
  if (!text || !URL.canParse(text)) return undefined;
  const url = new URL(text);
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
}

function toCslItem(paper: AnyPaper, key: string): CslItem {
  const type = cslType(paper.publicationTypes);
  const journal = clean(paper.journal?.name);
  const venue = clean(paper.venue);
  const authors = paper.authors.map((a) => splitName(a.name)).filter((n) => n !== null);
  const date = dateParts(paper);
  const fields = {
    title: clean(paper.title),
    author: authors.length ? authors : undefined,
    issued: date ? { 'date-parts': [date] as const } : undefined,
    'container-title': type === 'article-journal' ? (journal ?? venue) : (venue ?? journal),
    volume: clean(paper.journal?.volume),
    page: clean(paper.journal?.pages),
    DOI: doi(paper.externalIds.doi),
    URL: webAddress(paper.url),
  };
  return { id: key, 'citation-key': key, type, ...withoutUndefined(fields) };
}

type Present<T> = { [K in keyof T]?: Exclude<T[K], undefined> };

/** Absent fields are left out rather than written as `undefined`. */
function withoutUndefined<T extends object>(fields: T): Present<T> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as Present<T>;
}

export function toCsl(papers: readonly AnyPaper[]): CslItem[] {
  const keys = citationKeys(papers);
  return papers.map((paper, index) => toCslItem(paper, keys[index] ?? `paper${index + 1}`));
}
