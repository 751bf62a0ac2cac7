// The visible papers as CSV, one row each, for spreadsheets. Spreadsheet programs run a cell that
// starts with = + - @ (or a tab or carriage return) as a formula, so such cells get a leading
// apostrophe. papaparse's own `escapeFormulae: true` misses values that continue on a second
// line, hence the simpler pattern passed to it.
import type * as PapaparseModule from 'papaparse';
import type { GraphNode } from '../../graph/citation-graph';

export const CSV_COLUMNS = [
  'paperId',
  'title',
  'authors',
  'year',
  'venue',
  'citationCount',
  'referenceCount',
  'relation',
  'doi',
  'arxiv',
  'url',
] as const;

export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string | number | null>;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvRow({ paper, relation }: Pick<GraphNode, 'paper' | 'relation'>): CsvRow {
  return {
    paperId: paper.id,
    title: paper.title,
    authors: paper.authors.map((author) => author.name).join('; '),
    year: paper.year,
    venue: paper.venue,
    citationCount: paper.citationCount,
    referenceCount: paper.referenceCount,
    relation,
    doi: paper.externalIds.doi ?? null,
    arxiv: paper.externalIds.arxiv ?? null,
    url: paper.url,
  };
}

type Papaparse = typeof PapaparseModule;

/** papaparse is CommonJS: depending on the loader its functions sit on `default` or beside it. */
export async function loadPapaparse(): Promise<Papaparse> {
  const module = (await import('papaparse')) as Papaparse & { readonly default?: Papaparse };
  return module.default ?? module;
}

export async function toCsv(
  nodes: readonly Pick<GraphNode, 'paper' | 'relation'>[],
): Promise<string> {
  const { unparse } = await loadPapaparse();
  return unparse(nodes.map(csvRow), {
    columns: [...CSV_COLUMNS],
    escapeFormulae: FORMULA_START,
    newline: '\r\n',
  });
}
