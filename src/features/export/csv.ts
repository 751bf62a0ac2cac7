// The visible papers as CSV, one row each, for spreadsheets. Every text cell goes through
// `guardFormulas` (src/domain/csv-cell.ts, where the CSV-injection rules it applies are listed);
// papaparse quotes every cell and doubles inner quotes.
import type * as PapaparseModule from 'papaparse';
import { guardFormulas } from '../../domain/csv-cell';
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
  'influential',
  'intents',
  'contexts',
  'hop',
  'via',
] as const;

/** What a row shows: the paper, and how it and the centre cite each other. */
export type CsvNode = Pick<
  GraphNode,
  | 'paper'
  | 'relation'
  | 'isInfluential'
  | 'intents'
  | 'citesCentre'
  | 'citedByCentre'
  | 'hop'
  | 'via'
>;

/** Joins the sentences of a cell; a sentence's own intents follow it in brackets. */
const CONTEXT_SEPARATOR = ' | ';

type CsvRow = Record<(typeof CSV_COLUMNS)[number], string | number | null>;

const guardText = (value: string | null) => (value === null ? null : guardFormulas(value));

function contextsCell(node: CsvNode): string {
  const contexts = [...(node.citesCentre?.contexts ?? []), ...(node.citedByCentre?.contexts ?? [])];
  return contexts
    .map(({ text, intents }) => {
      // Each sentence guarded on its own: someone may split the cell at the separator.
      const sentence = guardFormulas(text);
      return intents.length > 0 ? `${sentence} [${intents.join(', ')}]` : sentence;
    })
    .join(CONTEXT_SEPARATOR);
}

function csvRow(node: CsvNode): CsvRow {
  const { paper, relation } = node;
  return {
    paperId: paper.id,
    title: guardText(paper.title),
    authors: guardText(paper.authors.map((author) => author.name).join('; ')),
    year: paper.year,
    venue: guardText(paper.venue),
    citationCount: paper.citationCount,
    referenceCount: paper.referenceCount,
    relation,
    doi: guardText(paper.externalIds.doi ?? null),
    arxiv: guardText(paper.externalIds.arxiv ?? null),
    url: guardText(paper.url),
    influential: relation === 'centre' ? null : String(node.isInfluential),
    intents: node.intents.join('; '),
    contexts: contextsCell(node),
    // 0 the centre, 1 its neighbours, 2 a paper added by expanding `via` (its relation is to it).
    hop: relation === 'centre' ? 0 : (node.hop ?? 1),
    via: node.via ?? null,
  };
}

type Papaparse = typeof PapaparseModule;

/** papaparse is CommonJS: depending on the loader its functions sit on `default` or beside it. */
export async function loadPapaparse(): Promise<Papaparse> {
  const module = (await import('papaparse')) as Papaparse & { readonly default?: Papaparse };
  return module.default ?? module;
}

export async function toCsv(nodes: readonly CsvNode[]): Promise<string> {
  const { unparse } = await loadPapaparse();
  return unparse(nodes.map(csvRow), {
    columns: [...CSV_COLUMNS],
    quotes: true,
    newline: '\r\n',
  });
}
