// A reference manager's export of a literature review, 50 entries, written from the twin's own
// papers so the import can be walked through end to end: the import sample's real papers, papers
// of the sample found by DOI (some as doi.org links), two known only by title, a DOI nobody knows,
// a duplicate and a broken entry — what real .bib files hold.
import { IMPORT_SAMPLE_PAPERS } from '../../mocks/import-sample';
import type { TwinDataset } from '../../mocks/dataset';
import type { WirePaper } from '../../mocks/wire-types';

export const REVIEW_UNKNOWN_DOI = '10.5555/citescope.review.0404';

export interface ReviewBib {
  readonly text: string;
  /** What the import should make of it. */
  readonly expected: {
    readonly entries: number;
    readonly found: number;
    readonly byTitle: number;
    readonly notFound: number;
    readonly unreadable: number;
    readonly duplicates: number;
  };
}

/** BibTeX text: braces guard capitals, as reference managers write them. */
const braced = (text: string) => text.replace(/[{}\\]/g, '').replace(/([A-Z]{2,})/g, '{$1}');

function entry(key: string, paper: WirePaper, fields: Record<string, string>): string {
  const authors = (paper.authors ?? []).map((a) => a.name).join(' and ');
  const lines = {
    title: `{${braced(paper.title)}}`,
    ...(authors ? { author: `{${authors}}` } : {}),
    ...(paper.venue ? { journal: `{${braced(paper.venue)}}` } : {}),
    ...(paper.year ? { year: `{${paper.year}}` } : {}),
    ...Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, `{${value}}`])),
  };
  const body = Object.entries(lines)
    .map(([name, value]) => `  ${name} = ${value},`)
    .join('\n');
  return `@article{${key},\n${body}\n}\n`;
}

export function reviewBib(dataset: TwinDataset): ReviewBib {
  const entries: string[] = [];
  let n = 0;
  const key = (paper: WirePaper) =>
    `${(paper.authors?.[0]?.name.split(' ').at(-1) ?? 'anon').toLowerCase()}_${paper.year ?? 'nd'}_${++n}`;
  for (const sample of IMPORT_SAMPLE_PAPERS) {
    const paper = dataset.papers.get(sample.paperId);
    if (!paper) continue;
    const ids = sample.externalIds;
    entries.push(
      entry(
        key(paper),
        paper,
        'DOI' in ids ? { doi: ids.DOI } : { eprint: ids.ArXiv, archivePrefix: 'arXiv' },
      ),
    );
  }
  const imported = new Set<string>(IMPORT_SAMPLE_PAPERS.map((paper) => paper.paperId));
  const synthetic = [...dataset.papers.values()].filter(
    (paper) =>
      !imported.has(paper.paperId) &&
      paper.externalIds?.DOI &&
      paper.authors &&
      paper.authors.length > 0 &&
      paper.year !== null,
  );
  // 37 by DOI (every third as a doi.org link), 2 by title only.
  const byDoi = synthetic.slice(0, 37);
  byDoi.forEach((paper, index) => {
    const doi = paper.externalIds?.DOI ?? '';
    entries.push(
      entry(key(paper), paper, { doi: index % 3 === 0 ? `https://doi.org/${doi}` : doi }),
    );
  });
  for (const paper of synthetic.slice(37, 39)) entries.push(entry(key(paper), paper, {}));
  const ghost = synthetic[40];
  if (ghost) {
    entries.push(
      entry(
        'missing_2024',
        { ...ghost, title: 'A Paper No Index Has Heard Of' },
        { doi: REVIEW_UNKNOWN_DOI },
      ),
    );
  }
  // The first synthetic entry again, as two exports merged into one file often have it.
  if (byDoi[0])
    entries.push(entry('duplicate_copy', byDoi[0], { doi: byDoi[0].externalIds?.DOI ?? '' }));
  entries.push('@article{broken_entry,\n  title = {A broken entry\n  year = 2020\n');
  return {
    text: `% A literature review's library, exported by a reference manager.\n\n${entries.join('\n')}`,
    expected: {
      entries: entries.length,
      found: IMPORT_SAMPLE_PAPERS.length + byDoi.length,
      byTitle: 2,
      notFound: 1,
      unreadable: 1,
      duplicates: 1,
    },
  };
}
