// The papers the import fixtures (tests/fixtures/import) name, planted in the sample so their
// known entries resolve: real identifiers, titles and years (facts), everything else generated.
// paperIds are the twin's own. What the fixtures name and the twin lacks (the DOI
// 10.5555/citescope.import.0404) is unknown here as it would be to the real API.
import type { DatasetBuilder } from './dataset';
import type { PaperFactory } from './paper-factory';
import type { WireExternalIds } from './wire-types';

interface ImportSamplePaper {
  readonly paperId: string;
  readonly title: string;
  readonly year: number;
  readonly externalIds: WireExternalIds;
}

const id = (n: number): string => `1e0${String(n).padStart(2, '0')}${'0'.repeat(29)}c17e5c`;

export const IMPORT_SAMPLE_PAPERS = [
  {
    paperId: id(1),
    title: 'Deep learning',
    year: 2015,
    externalIds: { DOI: '10.1038/nature14539', PubMed: '26017442' },
  },
  {
    paperId: id(2),
    title: 'Attention Is All You Need',
    year: 2017,
    externalIds: { ArXiv: '1706.03762' },
  },
  {
    paperId: id(3),
    title: 'Can Quantum-Mechanical Description of Physical Reality Be Considered Complete?',
    year: 1935,
    externalIds: { DOI: '10.1103/PhysRev.47.777' },
  },
  {
    paperId: id(4),
    title: 'Quantisierung als Eigenwertproblem',
    year: 1926,
    externalIds: { DOI: '10.1002/andp.19263840404' },
  },
  {
    paperId: id(5),
    title: 'Die gegenwärtige Situation in der Quantenmechanik',
    year: 1935,
    externalIds: { DOI: '10.1007/BF01491891' },
  },
  {
    paperId: id(6),
    title: 'The Large N Limit of Superconformal Field Theories and Supergravity',
    year: 1997,
    externalIds: { ArXiv: 'hep-th/9711200' },
  },
  {
    paperId: id(7),
    title: 'Human-level control through deep reinforcement learning',
    year: 2015,
    externalIds: { DOI: '10.1038/nature14236', PubMed: '25719670' },
  },
  {
    paperId: id(8),
    title: 'BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding',
    year: 2019,
    externalIds: { ArXiv: '1810.04805' },
  },
] as const satisfies readonly ImportSamplePaper[];

/** Adds the papers; they cite nothing and nothing cites them, so no other sample changes. */
export function addImportSample(builder: DatasetBuilder, factory: PaperFactory): void {
  for (const paper of IMPORT_SAMPLE_PAPERS) {
    builder.addPaper(factory.make({ ...paper, externalIds: { ...paper.externalIds } }, 0));
  }
}
