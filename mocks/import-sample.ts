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

/**
 * Their neighbourhoods, so that opening them as seeds draws something to find: papers of their
 * own, and papers planted between them — the ones a researcher with several seeds is after.
 * Indexes are into IMPORT_SAMPLE_PAPERS.
 */
export const SEED_SAMPLE_PLAN = {
  ownReferences: 12,
  ownCitations: 20,
  /** Cited by each of these seeds (deep learning, attention, DQN, BERT): linked to four. */
  sharedReference: [0, 1, 6, 7],
  /** Three more papers cited by the first three of them: linked to three. */
  sharedReferences: 3,
  sharedBy: [0, 1, 6],
  /** Papers citing both attention and BERT: linked to two. */
  bridgingCiters: 5,
  bridged: [1, 7],
  /** Schrödinger 1935 cites EPR (a fact): two seeds linked directly. */
  seedCitesSeed: [4, 2],
} as const;

/** Adds the papers and their planted neighbourhoods, apart from every other sample. */
export function addImportSample(builder: DatasetBuilder, factory: PaperFactory): void {
  const plan = SEED_SAMPLE_PLAN;
  const seeds = IMPORT_SAMPLE_PAPERS.map((paper) =>
    builder.addPaper(factory.make({ ...paper, externalIds: { ...paper.externalIds } }, 0)),
  );
  const cite = (citing: string, cited: string) => builder.link(citing, cited);
  seeds.forEach((seed) => {
    const year = seed.year ?? 2000;
    for (let i = 0; i < plan.ownReferences; i++) {
      cite(seed.paperId, builder.addPaper(factory.make({ year: year - 1 - (i % 6) })).paperId);
    }
    for (let i = 0; i < plan.ownCitations; i++) {
      const citerYear = Math.min(2025, year + 1 + (i % 8));
      cite(builder.addPaper(factory.make({ year: citerYear })).paperId, seed.paperId);
    }
  });
  const at = (index: number) => seeds[index]?.paperId ?? '';
  const shared = builder.addPaper(factory.make({ year: 2012 }, 0));
  for (const index of plan.sharedReference) cite(at(index), shared.paperId);
  for (let i = 0; i < plan.sharedReferences; i++) {
    const paper = builder.addPaper(factory.make({ year: 2010 + i }, 0));
    for (const index of plan.sharedBy) cite(at(index), paper.paperId);
  }
  for (let i = 0; i < plan.bridgingCiters; i++) {
    const paper = builder.addPaper(factory.make({ year: 2021 + i }, 0));
    for (const index of plan.bridged) cite(paper.paperId, at(index));
  }
  cite(at(plan.seedCitesSeed[0]), at(plan.seedCitesSeed[1]));
}
