// The visible papers as CSV, one row each, for spreadsheets. A spreadsheet runs a cell that
// starts like a formula, so every text cell goes through `guardFormulas`. The OWASP
// CSV-injection rules applied, and why:
// - Every cell is wrapped in double quotes, each inner quote doubled (papaparse `quotes`), so a
//   separator inside a value does not end the cell for a reader that honours quotes.
// - A cell that starts with = + - @ gets a leading apostrophe, which makes it text. "Starts" is
//   taken as a spreadsheet may take it: after white space, quotes or invisible characters (some
//   readers trim them), and in any compatibility form of those four (full-width ＝ ＋ － ＠,
//   small ﹦ …), which a spreadsheet may fold to the ASCII ones. OWASP's other option, an
//   apostrophe before every cell, would show in every value; here it shows only where needed.
// - OWASP warns that a separator inside a value can start a new cell: a file written with `,` is
//   often opened with `;` as the list separator (much of Europe), and then a quote in the middle
//   of a field is plain text. So the same check runs after every `,` and `;` inside a value, with
//   the apostrophe right after that separator.
// - Tab, carriage return and the other control characters become spaces: a row stays one line
//   and a tab (a separator when pasted) never starts a cell; OWASP lists both as formula starts.
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

const FORMULA_STARTS = new Set(['=', '+', '-', '@']);
const CONTROLS = /[\p{Cc}\u2028\u2029]/gu;
// A separator or the start of the value (in that order: the separator must win at index 0),
// then, looked at but not taken, any white space, quotes or invisible format characters (a
// zero-width space, a bidi mark) and the character after them.
const CELL_START = /([,;]|^)(?=[\s"\p{Cf}]*(.))/gu;

/** The value as a cell no spreadsheet runs as a formula (see the rules above). */
export function guardFormulas(value: string): string {
  return value
    .replace(CONTROLS, ' ')
    .replace(CELL_START, (start: string, _: string, next: string) =>
      FORMULA_STARTS.has(next.normalize('NFKC').charAt(0)) ? `${start}'` : start,
    );
}

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
