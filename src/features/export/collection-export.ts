// A collection's seeds as a file: BibTeX and RIS through the same citation-js path as the Export
// menu, CSV with the same formula guard (one row a paper, no graph columns: seeds have no
// relation to a centre), or the bare list of ids, one a line, for scripts and other tools.
import type { Paper } from '../../domain/paper';
import { toBibtex, toRis } from './citations';
import { guardFormulas } from '../../domain/csv-cell';
import { loadPapaparse } from './csv';
import { exportFilename } from './download';

export type CollectionExportFormat = 'bibtex' | 'ris' | 'csv' | 'ids';

export interface CollectionFile {
  readonly text: string;
  readonly fileName: string;
  readonly mime: string;
}

export const COLLECTION_CSV_COLUMNS = [
  'paperId',
  'title',
  'authors',
  'year',
  'venue',
  'citationCount',
  'referenceCount',
  'doi',
  'arxiv',
  'url',
] as const;

/** Excel reads a CSV without a byte order mark as the local code page and garbles non-ASCII. */
const BOM = '\uFEFF';

const guard = (value: string | null | undefined) =>
  value === null || value === undefined ? null : guardFormulas(value);

async function toPaperCsv(papers: readonly Paper[]): Promise<string> {
  const { unparse } = await loadPapaparse();
  const rows = papers.map((paper) => ({
    paperId: paper.id,
    title: guard(paper.title),
    authors: guard(paper.authors.map((author) => author.name).join('; ')),
    year: paper.year,
    venue: guard(paper.venue),
    citationCount: paper.citationCount,
    referenceCount: paper.referenceCount,
    doi: guard(paper.externalIds.doi),
    arxiv: guard(paper.externalIds.arxiv),
    url: guard(paper.url),
  }));
  return (
    BOM + unparse(rows, { columns: [...COLLECTION_CSV_COLUMNS], quotes: true, newline: '\r\n' })
  );
}

const FORMATS = {
  bibtex: { extension: 'bib', mime: 'application/x-bibtex', make: toBibtex },
  ris: { extension: 'ris', mime: 'application/x-research-info-systems', make: toRis },
  csv: { extension: 'csv', mime: 'text/csv', make: toPaperCsv },
  ids: {
    extension: 'txt',
    mime: 'text/plain',
    make: (papers: readonly Paper[]) => Promise.resolve(papers.map((p) => `${p.id}\n`).join('')),
  },
} as const;

/** The file for `papers` (the seeds, in the collection's order), named after the collection. */
export async function collectionExport(
  papers: readonly Paper[],
  format: CollectionExportFormat,
  name = 'collection',
  now = new Date(),
): Promise<CollectionFile> {
  const { extension, mime, make } = FORMATS[format];
  return { text: await make(papers), fileName: exportFilename(name, extension, now), mime };
}
