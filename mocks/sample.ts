// The offline sample behind `npm run demo` and the end-to-end tests: a synthetic corpus of 2,200
// papers (1995-2025, preferential attachment) plus 3,600 small papers citing one early "heavy"
// paper, and two planted samples (intent-sample.ts, discovery-sample.ts). Everything is generated
// from our own vocabularies with a fixed seed and describes no real work, except the ids, titles
// and years of the few papers the import fixtures name (import-sample.ts). Every neighbour is a
// paper of the dataset, so it can be opened in turn.
import { corpusYears, growCorpus, type CorpusOptions } from './corpus';
import { createDatasetBuilder, type TwinDataset } from './dataset';
import {
  addDiscoverySample,
  SAMPLE_DISCOVERY_ID,
  SAMPLE_DISCOVERY_TITLE,
} from './discovery-sample';
import { createEdgeSource } from './edges';
import { addImportSample } from './import-sample';
import { addIntentSample, SAMPLE_INTENTS_ID, SAMPLE_INTENTS_TITLE } from './intent-sample';
import { createPaperFactory } from './paper-factory';
import type { WirePaper } from './wire-types';

export const SAMPLE_SEED = 20_240_611;
export const SAMPLE_CENTRE_ID = 'ce47e50000000000000000000000000000c17e5c';
export const SAMPLE_CENTRE_TITLE = 'Weaving Citation Graphs from Synthetic Threads';
/** Stored upper-case, as Semantic Scholar stores DOIs; lookups ignore case. */
export const SAMPLE_CENTRE_DOI = '10.5555/CITESCOPE.2012.0001';
export const SAMPLE_CENTRE_ARXIV = '1203.9001';
export const SAMPLE_CENTRE_YEAR = 2012;
/** Resolved references of the centre; the unresolved ones (no paperId) are listed after them. */
export const SAMPLE_CENTRE_REFERENCES = 55;
export const SAMPLE_CENTRE_UNRESOLVED_REFERENCES = 6;
/** Papers made to cite the centre (preferential attachment adds a few more, plus 1 unresolved). */
export const SAMPLE_CENTRE_MIN_CITATIONS = 340;
/** Extra copies of entries in the centre's citation list, as real lists sometimes have. */
export const SAMPLE_CENTRE_DUPLICATE_CITATIONS = 2;
export const SAMPLE_HEAVY_ID = 'b16c17ed00000000000000000000000000c17e5c';
export const SAMPLE_HEAVY_TITLE = 'A Tiny Synthetic Benchmark That Everyone Cites';
export const SAMPLE_HEAVY_CHEAP_CITERS = 3_600;
/** The heavy paper reports this many citations more than its list holds ("N of M"). */
export const SAMPLE_HEAVY_UNLISTED_CITATIONS = 137;
export const SAMPLE_NO_CITATIONS_ID = '0c17ed0000000000000000000000000000c17e5c';
export const SAMPLE_NO_CITATIONS_TITLE = 'Fresh Results on Streaming Sketches';
/** A paper with nearly every nullable field null (year, venue, authors, abstract, ...). */
export const SAMPLE_SPARSE_ID = '5ba45e0000000000000000000000000000c17e5c';
export const SAMPLE_SPARSE_TITLE = 'Untitled Synthetic Manuscript';

export interface SampleExample {
  readonly id: string;
  readonly label: string;
  readonly description: string;
}

/** Starting points for a home screen. */
export const SAMPLE_EXAMPLES: readonly SampleExample[] = [
  {
    id: SAMPLE_CENTRE_ID,
    label: SAMPLE_CENTRE_TITLE,
    description: 'A well-connected 2012 paper: 61 references, 340+ citations',
  },
  {
    id: SAMPLE_HEAVY_ID,
    label: SAMPLE_HEAVY_TITLE,
    description: 'Thousands of citations: paging and a big graph',
  },
  {
    id: SAMPLE_NO_CITATIONS_ID,
    label: SAMPLE_NO_CITATIONS_TITLE,
    description: 'A 2025 paper nobody has cited yet',
  },
  {
    id: SAMPLE_SPARSE_ID,
    label: SAMPLE_SPARSE_TITLE,
    description: 'No year, venue, authors or abstract',
  },
  {
    id: SAMPLE_INTENTS_ID,
    label: SAMPLE_INTENTS_TITLE,
    description: '300 citations that say why they cite it',
  },
  {
    id: SAMPLE_DISCOVERY_ID,
    label: SAMPLE_DISCOVERY_TITLE,
    description: 'A field to discover: one paper most of it builds on, a close twin',
  },
];

const CORPUS: CorpusOptions = {
  size: 2_200,
  fromYear: 1995,
  toYear: 2025,
  minReferences: 3,
  maxReferences: 24,
  nullYearRate: 0.02,
  unresolvedRate: 0.1,
};

const SPARSE: Partial<WirePaper> = {
  paperId: SAMPLE_SPARSE_ID,
  title: SAMPLE_SPARSE_TITLE,
  year: null,
  abstract: null,
  venue: '',
  publicationVenue: null,
  journal: null,
  authors: null,
  tldr: null,
  fieldsOfStudy: null,
  publicationTypes: null,
  publicationDate: null,
};

/** Builds the sample (a few tens of milliseconds); deterministic, so ids and counts are stable. */
export function createSampleDataset(): TwinDataset {
  const factory = createPaperFactory(SAMPLE_SEED, { nullRate: 0.15, firstCorpusId: 270_000_000 });
  const { rng } = factory;
  const nextEdge = createEdgeSource(rng);
  const builder = createDatasetBuilder();
  const years = corpusYears(factory, CORPUS);
  const centreAt = years.findIndex((year) => year >= SAMPLE_CENTRE_YEAR);
  const heavyAt = years.findIndex((year) => year >= 2000);
  const sparseAt = years.findIndex((year) => year >= 2016);
  const lastAt = years.length - 1;
  const centre: Partial<WirePaper> = {
    paperId: SAMPLE_CENTRE_ID,
    title: SAMPLE_CENTRE_TITLE,
    year: SAMPLE_CENTRE_YEAR,
    externalIds: { DOI: SAMPLE_CENTRE_DOI, ArXiv: SAMPLE_CENTRE_ARXIV },
  };
  const papers = growCorpus(builder, factory, nextEdge, years, {
    ...CORPUS,
    overridesAt: new Map([
      [centreAt, centre],
      [heavyAt, { paperId: SAMPLE_HEAVY_ID, title: SAMPLE_HEAVY_TITLE, year: 2000 }],
      [lastAt, { paperId: SAMPLE_NO_CITATIONS_ID, title: SAMPLE_NO_CITATIONS_TITLE, year: 2025 }],
      [sparseAt, SPARSE],
    ]),
    completeAt: new Set([centreAt, heavyAt, lastAt]),
    referencesAt: new Map([
      [centreAt, SAMPLE_CENTRE_REFERENCES],
      [lastAt, 12],
    ]),
  });

  for (let i = 0; i < SAMPLE_CENTRE_UNRESOLVED_REFERENCES; i += 1) {
    builder.addUnresolvedReference(SAMPLE_CENTRE_ID, factory.makeUnresolved(), nextEdge());
  }
  // Later papers citing the centre, spread over every year after it.
  const later = papers.filter(
    (paper, index) =>
      index > centreAt && index < lastAt && paper.year !== null && paper.year > SAMPLE_CENTRE_YEAR,
  );
  for (let added = 0; added < SAMPLE_CENTRE_MIN_CITATIONS && later.length > 0;) {
    const [citer] = later.splice(rng.int(0, later.length - 1), 1);
    if (citer && builder.link(citer.paperId, SAMPLE_CENTRE_ID, nextEdge())) added += 1;
  }
  builder.addUnresolvedCitation(
    SAMPLE_CENTRE_ID,
    factory.makeUnresolved({ year: 2019 }),
    nextEdge(),
  );
  for (let i = 0; i < SAMPLE_CENTRE_DUPLICATE_CITATIONS; i += 1) {
    builder.duplicateEntry('citations', SAMPLE_CENTRE_ID, rng.int(0, 99), rng.int(100, 299));
  }

  // Cheap citers of the heavy paper; half of them also cite one paper older than it.
  for (let i = 0; i < SAMPLE_HEAVY_CHEAP_CITERS; i += 1) {
    const citer = builder.addPaper(factory.make({ year: rng.int(2001, 2025) }));
    builder.link(citer.paperId, SAMPLE_HEAVY_ID, nextEdge());
    const older = papers[rng.int(0, heavyAt - 1)];
    if (older && rng.chance(0.5)) builder.link(citer.paperId, older.paperId, nextEdge());
  }
  builder.reportCounts(SAMPLE_HEAVY_ID, {
    citationCount: (listed) => listed + SAMPLE_HEAVY_UNLISTED_CITATIONS,
  });
  // Last, so the papers above come out the same whatever this one needs.
  addIntentSample(
    builder,
    factory,
    papers.filter((paper) => paper.year !== null && paper.year < 2016),
  );
  addDiscoverySample(builder, factory);
  addImportSample(builder, factory);
  return builder.build();
}
